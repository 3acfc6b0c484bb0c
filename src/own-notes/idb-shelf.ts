import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import type { OwnNote, OwnNoteShelf } from '../library/own-note.ts'
import { takeSerialised } from './serialised-note.ts'
import { readStoredNote, type StoredNote, withJsonText } from './stored-note.ts'

export const SHELF_DB = 'lockstep-own-notes'
const STORE = 'notes'

interface ShelfSchema extends DBSchema {
  notes: { key: string; value: StoredNote }
}

/**
 * Your own notes in IndexedDB: one object store keyed by slug, each note kept
 * as the JSON the worker made (a Blob: stored without a clone on the page).
 * Rejects when the browser refuses storage (private mode, storage turned off).
 */
export async function openIdbShelf(name = SHELF_DB): Promise<OwnNoteShelf> {
  const db = await openDB<ShelfSchema>(name, 1, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(STORE, { keyPath: 'slug' })
    },
  })
  return createIdbShelf(db)
}

function createIdbShelf(db: IDBPDatabase<ShelfSchema>): OwnNoteShelf {
  return {
    async list() {
      const stored = await db.getAll(STORE)
      const notes = (await Promise.all(stored.map(withJsonText))).map(readStoredNote)
      const readable = notes.filter((own): own is OwnNote => own !== null)
      return {
        notes: readable.toSorted((a, b) => a.addedAt - b.addedAt),
        unreadable: notes.length - readable.length,
      }
    },
    async put(own) {
      const value: StoredNote = {
        slug: own.note.doc.slug,
        addedAt: own.addedAt,
        bytes: own.bytes,
        json: takeSerialised(own),
      }
      try {
        const tx = db.transaction(STORE, 'readwrite')
        await Promise.all([tx.store.put(value), tx.done])
      } catch (error) {
        throw explainStorageError(error)
      }
    },
    async remove(slug) {
      await db.delete(STORE, slug)
    },
  }
}

/** A full disk or quota in words that say what to do. */
export function explainStorageError(error: unknown): Error {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError')
    return new Error(
      'the browser’s storage for this site is full; remove notes you no longer need, or free disk space',
    )
  return error instanceof Error ? error : new Error(String(error))
}
