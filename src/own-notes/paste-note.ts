import { slugify } from '../note/slugify.ts'
import type { NoteSource } from './open-own-notes.ts'

/** Pasted text longer than this that reads as markdown opens as a note. */
export const PASTE_MIN_LENGTH = 200

/** YAML frontmatter: `---` on the first line, then a closing `---` line. */
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\s*(\r?\n|$)/

/** A citation: an anchor with `data-t`, or a bare stamp such as `[01:10:23]` or `[7:37]`. */
const CITATION = /class="yt-timestamp"|\[\d{1,2}:\d{2}(?::\d{2})?\]/

/** Lines that only markdown writes. */
const MARKDOWN_LINES = [
  /^#{1,6}\s+\S/m, // a heading
  /^\s*(?:[*+-]|\d+[.)])\s+\S/m, // a list item
  /^>\s?/m, // a block quote or callout
  /^\|.*\|\s*$/m, // a table row
]
/** Inline marks that only markdown writes. */
const MARKDOWN_INLINE = [
  /\*\*[^*\n]+\*\*/, // bold
  /\[\[[^\]\n]+\]\]/, // a wikilink
  /\]\([^)\s]+\)/, // a link's target
]

/**
 * Whether pasted text is a note rather than a stray copy: it has frontmatter
 * or citations, or it is longer than a sentence or two and written in markdown.
 */
export function looksLikeNote(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return false
  if (FRONTMATTER.test(trimmed) || CITATION.test(trimmed)) return true
  if (trimmed.length <= PASTE_MIN_LENGTH) return false
  return [...MARKDOWN_LINES, ...MARKDOWN_INLINE].some((pattern) => pattern.test(trimmed))
}

/** The title a pasted note gives itself: its frontmatter `title`, else its first heading. */
export function pastedNoteTitle(text: string): string | null {
  const front = FRONTMATTER.exec(text.trimStart())?.[0] ?? ''
  const title = /^title:\s*(.+?)\s*$/m.exec(front)?.[1]?.replace(/^(["'])(.*)\1$/, '$2')
  if (title) return title
  return /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1] ?? null
}

/** The file name a pasted note is opened as: its title's slug, or `pasted-note.md`. */
export function pastedNoteFileName(text: string): string {
  const title = pastedNoteTitle(text)
  return `${(title && slugify(title)) || 'pasted-note'}.md`
}

/** Pasted text as a file to open, when it looks like a note; null when it does not. */
export function pastedAsSource(text: string): NoteSource | null {
  if (!looksLikeNote(text)) return null
  const file = new File([text], pastedNoteFileName(text), { type: 'text/markdown' })
  return { path: file.name, file }
}
