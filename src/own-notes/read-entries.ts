import { isFolderNote } from './gather-files.ts'
import type { NoteSource } from './open-own-notes.ts'

/** The notes of dropped files and folders, read through the File and Directory Entries API. */
export async function readEntries(entries: readonly FileSystemEntry[]): Promise<NoteSource[]> {
  const found = await Promise.all(entries.map((entry) => readEntry(entry, '')))
  return found.flat()
}

async function readEntry(entry: FileSystemEntry, parent: string): Promise<NoteSource[]> {
  const path = `${parent}${entry.name}`
  if (isFileEntry(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject))
    // A file dropped on its own is meant; inside a folder only notes count.
    if (parent !== '' && !isFolderNote(path)) return []
    return [{ path, file }]
  }
  if (!isDirectoryEntry(entry) || entry.name.startsWith('.') || entry.name === 'node_modules')
    return []
  const children = await readAllEntries(entry.createReader())
  const nested = await Promise.all(children.map((child) => readEntry(child, `${path}/`)))
  return nested.flat().toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** `readEntries` answers in batches (100 in Chromium) until it answers with none. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}
