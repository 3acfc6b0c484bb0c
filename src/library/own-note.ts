import type { CompiledNote } from '../note/compiled-note.ts'
import type { LibraryRecord } from './library-entry.ts'

/** A note the reader opened in this browser: compiled there, kept there, never uploaded. */
export interface OwnNote {
  readonly note: CompiledNote
  readonly record: LibraryRecord
  /** When it was opened (ms since the epoch). */
  readonly addedAt: number
  /** The size of the file read, in bytes. */
  readonly bytes: number
}

/** Where your own notes are kept between visits (IndexedDB in the app, memory in tests). */
export interface OwnNoteShelf {
  /** Every kept note; entries that cannot be read are skipped and counted. */
  list(): Promise<{ readonly notes: readonly OwnNote[]; readonly unreadable: number }>
  put(note: OwnNote): Promise<void>
  remove(slug: string): Promise<void>
}

/** A shelf that forgets everything on reload: for tests, and when the browser refuses storage. */
export function createMemoryShelf(initial: readonly OwnNote[] = []): OwnNoteShelf {
  const kept = new Map(initial.map((own) => [own.note.doc.slug, own]))
  return {
    list: () => Promise.resolve({ notes: [...kept.values()], unreadable: 0 }),
    put: (own) => {
      kept.set(own.note.doc.slug, own)
      return Promise.resolve()
    },
    remove: (slug) => {
      kept.delete(slug)
      return Promise.resolve()
    },
  }
}
