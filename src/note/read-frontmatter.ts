import type { Root as MdastRoot, Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { parseDocument } from 'yaml'
import { isVideoId, type TimestampMode, type VideoId } from './model.ts'
import { report } from './report.ts'

export interface FrontmatterFields {
  readonly fields: Readonly<Record<string, unknown>>
  readonly title: string | null
  readonly videoId: VideoId | null
  readonly timestampMode: TimestampMode
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
    return { fields: {}, title: null, videoId: null, timestampMode: 'auto' }
  }
  const fields = parseYamlFields(yamlNode, file)
  return {
    fields,
    title: readTitle(fields, yamlNode, file),
    videoId: readVideoId(fields, yamlNode, file),
    timestampMode: readTimestampMode(fields, yamlNode, file),
  }
}

function parseYamlFields(node: Yaml, file: VFile): Record<string, unknown> {
  const document = parseDocument(node.value, { prettyErrors: false })
  const firstError = document.errors[0]
  if (firstError) {
    // The YAML body starts on the line after the opening `---`.
    const line = (node.position?.start.line ?? 1) + 1 + (firstError.linePos?.[0].line ?? 1) - 1
    const column = firstError.linePos?.[0].col ?? 1
    const msg = file.message(
      `The frontmatter is not valid YAML: ${firstError.message.split('\n')[0]}`,
      {
        ruleId: 'frontmatter-invalid',
        source: 'lockstep',
        place: { line, column },
      },
    )
    msg.fatal = true
    return {}
  }
  const value: unknown = document.toJS()
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function readTitle(fields: Record<string, unknown>, node: Yaml, file: VFile): string | null {
  const title = fields['title']
  if (typeof title === 'string' && title.trim() !== '') return title.trim()
  if (typeof title === 'number') return String(title)
  report(
    file,
    'warning',
    'title-missing',
    'The frontmatter has no `title`; the first heading or the file name stands in.',
    node,
  )
  return null
}

function readVideoId(fields: Record<string, unknown>, node: Yaml, file: VFile): VideoId | null {
  const videoId = fields['videoId']
  if (videoId === undefined || videoId === null || videoId === '') {
    report(
      file,
      'warning',
      'video-id-missing',
      'The frontmatter has no `videoId`; the note is shown without its video.',
      node,
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
    node,
  )
  return null
}

function readTimestampMode(
  fields: Record<string, unknown>,
  node: Yaml,
  file: VFile,
): TimestampMode {
  const mode = fields['timestamps']
  if (mode === undefined) return 'auto'
  if (typeof mode === 'string' && mode.trim().toLowerCase() === 'mm:ss') return 'mm:ss'
  if (typeof mode === 'string' && mode.trim().toLowerCase() === 'auto') return 'auto'
  report(
    file,
    'warning',
    'timestamps-mode-invalid',
    '`timestamps` takes `mm:ss` or `auto`; using `auto`.',
    node,
  )
  return 'auto'
}
