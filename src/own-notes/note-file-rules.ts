/**
 * What Lockstep will open as a note, decided before any parsing: a file that
 * is not a note gets a refusal that says why, in words, instead of a parse.
 */

/** Notes are usually under 1 MB; the parser stays linear up to this (DESIGN §6). */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024
/** How much of a file is checked for binary content. */
export const SNIFF_BYTES = 64 * 1024

/** The name endings a note may have; a folder's other files are skipped, not refused. */
export const NOTE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

/** What a file says of itself before it is read. */
export interface FileFacts {
  readonly name: string
  /** The browser's MIME type guess; often '' for markdown. */
  readonly type: string
  readonly size: number
}

const IMAGE_EXTENSIONS = new Set('png jpg jpeg gif webp avif heic bmp ico svg tif tiff'.split(' '))
/** Name endings that are surely not notes, whatever the MIME type says. */
const OTHER_EXTENSIONS = new Set(
  'pdf doc docx xls xlsx ppt pptx odt zip gz tgz 7z rar mp3 mp4 m4a wav ogg webm mov mkv avi exe dmg iso woff woff2 ttf otf json html htm css js ts canvas'.split(
    ' ',
  ),
)

/** `Notes.MD` → `md`; '' when the name has no ending. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

export function hasNoteExtension(name: string): boolean {
  return (NOTE_EXTENSIONS as readonly string[]).includes(`.${extensionOf(name)}`)
}

/** Why a file cannot be a note, from its name, type and size alone; null when it may be one. */
export function refusalByFacts({ name, type, size }: FileFacts): string | null {
  const kind = describeKind(name, type)
  if (kind !== null) return `${kind}, not a markdown note`
  if (size === 0) return 'the file is empty'
  if (size > MAX_NOTE_BYTES)
    return `too large to be a note: ${formatBytes(size)}; notes are usually under 1 MB`
  return null
}

function describeKind(name: string, type: string): string | null {
  const ext = extensionOf(name)
  if (hasNoteExtension(name)) return null
  if (IMAGE_EXTENSIONS.has(ext) || type.startsWith('image/')) return 'an image'
  if (type.startsWith('audio/') || type.startsWith('video/')) return 'a sound or video file'
  if (OTHER_EXTENSIONS.has(ext)) return `a .${ext} file`
  if (type === 'application/pdf') return 'a PDF'
  return null
}

/** A file's text, or why its bytes are not a note's. */
export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }

/**
 * Reads a file's bytes as UTF-8. The first 64 KB must be text: no NUL byte
 * and valid UTF-8 (a multi-byte character cut at the 64 KB mark is fine).
 * Past that, a stray invalid byte becomes U+FFFD rather than losing the note.
 */
export function decodeNoteBytes(bytes: Uint8Array): Decoded {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' }
  const head = bytes.subarray(0, SNIFF_BYTES)
  if (head.includes(0)) return { ok: false, reason: 'a binary file, not text' }
  try {
    // `stream: true` lets a character that straddles the cut wait for bytes that never come.
    new TextDecoder('utf-8', { fatal: true }).decode(head, {
      stream: bytes.byteLength > SNIFF_BYTES,
    })
  } catch {
    return { ok: false, reason: 'not UTF-8 text (a binary file, or text in another encoding)' }
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
  if (text.trim() === '') return { ok: false, reason: 'the file holds only blank space' }
  return { ok: true, text }
}

/** `52428800` → `50 MB`, `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['KB', 'MB', 'GB'] as const
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10
  return `${shown} ${units[unit]}`
}
