import { readdirSync } from 'node:fs'
import { basename, join, sep } from 'node:path'
import { compileNote } from '../note/compile-note.ts'
import type { CompiledNote } from '../note/compiled-note.ts'
import { noteHref } from '../ui/route.ts'

/**
 * The `.md` files of a content folder and its sub-folders, in path order.
 * Hidden entries (`.obsidian/`, `.trash/`) and `node_modules` are not notes.
 */
export function listNoteFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !isHiddenPath(path))
    .toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => join(contentDir, path))
}

function isHiddenPath(path: string): boolean {
  return path.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')
}

/** A note's name in URLs and links: its file name without `.md`. */
export function slugOfFile(file: string): string {
  return basename(file, '.md')
}

/**
 * Parses one note's markdown into what the app ships: the model without
 * source positions. `file` is the note's path relative to the project root.
 */
export function compileNoteSource(source: string, file: string): CompiledNote {
  return compileNote(source, { slug: slugOfFile(file), file, wikilinkHref: noteHref })
}
