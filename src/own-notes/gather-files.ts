import type { NoteSource } from './open-own-notes.ts'

/** A folder's hidden parts (`.obsidian/`, `.trash/`, `.git/`) and `node_modules` hold no notes. */
export function isHiddenPath(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((part) => part.startsWith('.') || part === 'node_modules')
}

/** Inside a folder only markdown files count; the rest (images, canvases) are skipped quietly. */
export function isFolderNote(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return !isHiddenPath(path) && !name.startsWith('.') && /\.(md|markdown)$/i.test(name)
}

/** Files chosen in the picker: each is meant, so each is opened or refused. */
export function filesChosen(files: Iterable<File>): NoteSource[] {
  return [...files].map((file) => ({ path: file.name, file }))
}

/** The files of a folder chosen with `webkitdirectory`: its notes, in sub-folders too. */
export function folderChosen(files: Iterable<File>): NoteSource[] {
  return [...files]
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    .filter((source) => isFolderNote(source.path))
    .toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
