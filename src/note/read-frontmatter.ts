import type { Root as MdastRoot, Yaml } from 'mdast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { type Document, isMap, isScalar, parseDocument } from 'yaml'
import { isVideoId, type TimestampMode, type VideoId } from './model.ts'
import { report } from './report.ts'

export interface FrontmatterFields {
  readonly fields: Readonly<Record<string, unknown>>
  readonly title: string | null
  readonly videoId: VideoId | null
  readonly timestampMode: TimestampMode
}

const NONE: FrontmatterFields = { fields: {}, title: null, videoId: null, timestampMode: 'auto' }

/** The parsed YAML and where each field sits, for diagnostics on the field's own line. */
interface Frontmatter {
  readonly fields: Record<string, unknown>
  readonly placeOf: (key: string) => Node
}

/**
 * Reads the YAML block remark-frontmatter left at the top of the tree.
 * Every problem becomes a diagnostic; unknown fields are kept as written.
 */
export function readFrontmatter(tree: MdastRoot, file: VFile): FrontmatterFields {
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml')
  if (!yamlNode) {
    report(
      file,
      'warning',
      'frontmatter-missing',
      'The note has no `---` frontmatter block; add `title` and `videoId`.',
      tree.children[0],
    )
    return NONE
  }
  const front = parseFrontmatter(yamlNode, file)
  // An unreadable block has already said so; its fields are not missing, just unread.
  if (!front) return NONE
  return {
    fields: front.fields,
    title: readTitle(front, file),
    videoId: readVideoId(front, file),
    timestampMode: readTimestampMode(front, file),
  }
}

function parseFrontmatter(node: Yaml, file: VFile): Frontmatter | null {
  const document = parseDocument(node.value, { prettyErrors: false })
  const lineOf = (offset: number) => bodyLine(node) + countNewlines(node.value.slice(0, offset))
  const firstError = document.errors[0]
  if (firstError) {
    const place = pointNode(lineOf(firstError.pos[0]), firstError.linePos?.[0].col ?? 1)
    report(
      file,
      'error',
      'frontmatter-invalid',
      `The frontmatter is not valid YAML: ${firstError.message.split('\n')[0]}`,
      place,
    )
    return null
  }
  const value: unknown = document.toJS()
  const fields =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  return {
    fields,
    placeOf: (key) => {
      const offset = keyOffset(document, key)
      return offset === null ? node : pointNode(lineOf(offset), 1)
    },
  }
}

/** The YAML body starts on the line after the opening `---`. */
function bodyLine(node: Yaml): number {
  return (node.position?.start.line ?? 1) + 1
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1
}

function keyOffset(document: Document, key: string): number | null {
  if (!isMap(document.contents)) return null
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key)
  return pair && isScalar(pair.key) ? (pair.key.range?.[0] ?? null) : null
}

function pointNode(line: number, column: number): Node {
  const point = { line, column }
  return { type: 'yaml-field', position: { start: point, end: point } }
}

function readTitle({ fields, placeOf }: Frontmatter, file: VFile): string | null {
  const title = fields['title']
  if (typeof title === 'string' && title.trim() !== '') return title.trim()
  if (typeof title === 'number') return String(title)
  report(
    file,
    'warning',
    'title-missing',
    'The frontmatter has no `title`; the first `#` heading or the file name stands in.',
    placeOf('title'),
  )
  return null
}

function readVideoId({ fields, placeOf }: Frontmatter, file: VFile): VideoId | null {
  const videoId = fields['videoId']
  if (videoId === undefined || videoId === null || videoId === '') {
    report(
      file,
      'warning',
      'video-id-missing',
      'The frontmatter has no `videoId`; the note is shown without its video.',
      placeOf('videoId'),
    )
    return null
  }
  const text = String(videoId).trim()
  if (isVideoId(text)) return text
  report(
    file,
    'error',
    'video-id-invalid',
    `\`videoId: ${text}\` is not a YouTube video id (11 characters of A-Z, a-z, 0-9, _ and -).`,
    placeOf('videoId'),
  )
  return null
}

function readTimestampMode({ fields, placeOf }: Frontmatter, file: VFile): TimestampMode {
  const mode = fields['timestamps']
  if (mode === undefined) return 'auto'
  const text = typeof mode === 'string' ? mode.trim().toLowerCase() : ''
  if (text === 'mm:ss' || text === 'auto') return text
  report(
    file,
    'warning',
    'timestamps-mode-invalid',
    '`timestamps` takes `mm:ss` or `auto`; `auto` is used.',
    placeOf('timestamps'),
  )
  return 'auto'
}
