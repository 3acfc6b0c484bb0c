import { filesChosen } from './gather-files.ts'
import type { NoteSource } from './open-own-notes.ts'

/**
 * The files and folders of a drop. Entries must be taken while the drop
 * event runs (the DataTransfer is emptied after it); folders are read after.
 * A DataTransfer made by script has no entries: its files are used as they are.
 */
export function takeDropped(data: DataTransfer): () => Promise<NoteSource[]> {
  const items = [...data.items].filter((item) => item.kind === 'file')
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null)
  const files = [...data.files]
  return async () => {
    if (entries.length === 0 || entries.some((entry) => entry === null)) return filesChosen(files)
    const { readEntries } = await import('./read-entries.ts')
    return readEntries(entries.filter((entry) => entry !== null))
  }
}
