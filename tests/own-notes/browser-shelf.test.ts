// IndexedDB for Node, installed on the globals as a browser has it.
// oxlint-disable-next-line import/no-unassigned-import
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createLibraryStore } from '../../src/library/library-store.ts'
import { createBrowserShelf } from '../../src/own-notes/browser-shelf.ts'
import { openIdbShelf } from '../../src/own-notes/idb-shelf.ts'
import { memorySource } from '../support/library-of.ts'
import { ownNoteOf, TIDES } from './own-note-of.ts'

describe('the browser shelf', () => {
  it('keeps notes in IndexedDB when the browser allows it', async () => {
    const name = 'lockstep-browser-shelf-test'
    const shelf = createBrowserShelf({ open: () => openIdbShelf(name) })
    await shelf.put(ownNoteOf(TIDES, 'tides'))
    const later = createBrowserShelf({ open: () => openIdbShelf(name) })
    expect((await later.list()).notes.map((o) => o.note.doc.slug)).toEqual(['tides'])
  })

  it.each([
    [
      'throws',
      () => {
        throw new DOMException('denied', 'SecurityError')
      },
    ],
    ['rejects', () => Promise.reject(new Error('The operation is insecure.'))],
    ['never answers', () => new Promise<never>(() => {})],
  ])('falls back to memory when opening IndexedDB %s, and the library says so', async (_, open) => {
    const shelf = createBrowserShelf({ open, timeLimit: 20 })
    const library = createLibraryStore({ source: memorySource([]), shelf })
    await library.getState().start()
    expect(library.getState().shelfProblem).toMatch(/notes you open last only this visit/)

    await library.getState().keepOwn([ownNoteOf(TIDES, 'tides')])
    expect(library.getState().entryOf('tides')?.title).toBe('Reading a tide table')
    expect((await shelf.list()).notes.map((o) => o.note.doc.slug)).toEqual(['tides'])
  })
})
