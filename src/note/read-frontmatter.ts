import type { Root as MdastRoot, Yaml } from 'mdast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { type Document, isMap, isScalar, parseDocument } from 'yaml'
import { isVideoId, type TimestampMode, type VideoId } from './model.ts'
import { toPlainData } from './plain-data.ts'
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

/**
 * Most aliases a frontmatter block may expand: a real note has none, and a
 * "billion laughs" bomb needs thousands (the yaml package then throws).
 */
const MAX_ALIAS_COUNT = 100

function parseFrontmatter(node: Yaml, file: VFile): Frontmatter | null {
  const lineOf = (offset: number) => bodyLine(node) + countNewlines(node.value.slice(0, offset))
  const read = readYaml(node.value)
  if (read.type === 'error') {
    const place = pointNode(lineOf(read.offset), read.column)
    report(
      file,
      'error',
      'frontmatter-invalid',
      `The frontmatter is not valid YAML: ${read.message.split('\n')[0]}`,
      place,
    )
    return null
  }
  const { document, value } = read
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

type YamlReading =
  | { readonly type: 'read'; readonly document: Document; readonly value: unknown }
  | {
      readonly type: 'error'
      readonly message: string
      readonly offset: number
      readonly column: number
    }

/**
 * Parses YAML into plain data, or says why it cannot: a syntax error, an alias
 * bomb or an alias to nothing (the yaml package throws those from `toJS`), a
 * nesting too deep for the stack.
 */
function readYaml(text: string): YamlReading {
  try {
    const document = parseDocument(text, { prettyErrors: false })
    const firstError = document.errors[0]
    if (firstError)
      return {
        type: 'error',
        message: firstError.message,
        offset: firstError.pos[0],
        column: firstError.linePos?.[0].col ?? 1,
      }
    const value = toPlainData(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))
    return { type: 'read', document, value }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { type: 'error', message, offset: 0, column: 1 }
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
  const text =
    typeof videoId === 'string' || typeof videoId === 'number' ? String(videoId).trim() : null
  if (text !== null && isVideoId(text)) return text
  const written =
    text === null
      ? `\`videoId\` is a ${Array.isArray(videoId) ? 'list' : typeof videoId}, so it`
      : `\`videoId: ${shorten(text)}\``
  report(
    file,
    'error',
    'video-id-invalid',
    `${written} is not a YouTube video id (11 characters of A-Z, a-z, 0-9, _ and -).`,
    placeOf('videoId'),
  )
  return null
}

/** A value short enough to quote in a message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
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
