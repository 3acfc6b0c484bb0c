// IndexedDB for Node, installed on the globals as a browser has it.
// oxlint-disable-next-line import/no-unassigned-import
import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { explainStorageError, openIdbShelf } from '../../src/own-notes/idb-shelf.ts'
import { rememberSerialised } from '../../src/own-notes/serialised-note.ts'
import { ownNoteOf, TIDES } from './own-note-of.ts'

let dbCount = 0
/** A database of its own for each test. */
const freshName = () => `lockstep-own-notes-test-${++dbCount}`

const ESTUARY = `---
title: Estuaries
videoId: Qq0000000C3
---

Salt water slides under fresh water <a class="yt-timestamp" data-t="00:03:00">[00:03:00]</a>.
`

describe('the IndexedDB shelf', () => {
  it('keeps notes across openings, in the order they were opened, and removes them', async () => {
    const name = freshName()
    const shelf = await openIdbShelf(name)
    await shelf.put(ownNoteOf(ESTUARY, 'estuaries', 20))
    await shelf.put(ownNoteOf(TIDES, 'tides', 10))

    const again = await openIdbShelf(name)
    const { notes, unreadable } = await again.list()
    expect(unreadable).toBe(0)
    expect(notes.map((own) => own.note.doc.slug)).toEqual(['tides', 'estuaries'])
    const tides = notes[0]!
    expect(tides.note.doc.title).toBe('Reading a tide table')
    expect(tides.note.doc.claims).toHaveLength(5)
    expect(tides.record.entry).toMatchObject({ slug: 'tides', origin: 'own', src: 'tides' })
    expect(tides).toEqual(ownNoteOf(TIDES, 'tides', 10))

    await again.remove('tides')
    expect((await again.list()).notes.map((own) => own.note.doc.slug)).toEqual(['estuaries'])
  })

  it('replaces a note kept under the same slug', async () => {
    const shelf = await openIdbShelf(freshName())
    await shelf.put(ownNoteOf(TIDES, 'tides', 1))
    await shelf.put(ownNoteOf(TIDES.replace('Reading a tide table', 'Tides again'), 'tides', 2))
    const { notes } = await shelf.list()
    expect(notes.map((own) => own.note.doc.title)).toEqual(['Tides again'])
  })

  it('stores the JSON the worker made instead of serialising the note again', async () => {
    const shelf = await openIdbShelf(freshName())
    const own = ownNoteOf(TIDES, 'tides')
    const made = JSON.stringify({
      note: { ...own.note, file: 'from-the-worker.md' },
      record: own.record,
    })
    rememberSerialised(own, new Blob([made]))
    await shelf.put(own)
    const { notes } = await shelf.list()
    expect(notes[0]?.note.file).toBe('from-the-worker.md')
  })

  it('skips and counts entries that are not notes, and still lists the rest', async () => {
    const name = freshName()
    const shelf = await openIdbShelf(name)
    await shelf.put(ownNoteOf(TIDES, 'tides'))
    const db = await openDB(name, 1)
    const good = ownNoteOf(ESTUARY, 'estuaries')
    await db.put('notes', { slug: 'not-json', addedAt: 1, bytes: 1, json: '{"note":' })
    await db.put('notes', { slug: 'old-shape', note: good.note })
    await db.put('notes', {
      slug: 'wrong-slug',
      addedAt: 1,
      bytes: 1,
      json: JSON.stringify({ note: good.note, record: good.record }),
    })
    await db.put('notes', {
      slug: 'no-tree',
      addedAt: 1,
      bytes: 1,
      json: JSON.stringify({
        note: { ...good.note, doc: { ...good.note.doc, slug: 'no-tree', tree: null } },
        record: { ...good.record, entry: { ...good.record.entry, slug: 'no-tree' } },
      }),
    })
    db.close()
    const { notes, unreadable } = await shelf.list()
    expect(notes.map((own) => own.note.doc.slug)).toEqual(['tides'])
    expect(unreadable).toBe(4)
  })

  it('says what to do when the storage is full', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(explainStorageError(quota).message).toBe(
      'the browser’s storage for this site is full; remove notes you no longer need, or free disk space',
    )
    const other = new Error('disk on fire')
    expect(explainStorageError(other)).toBe(other)
  })

  it('turns a quota error while keeping a note into that message', async () => {
    const shelf = await openIdbShelf(freshName())
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    try {
      await expect(shelf.put(ownNoteOf(TIDES, 'tides'))).rejects.toThrow(
        /storage for this site is full/,
      )
    } finally {
      IDBObjectStore.prototype.put = put
    }
  })
})
