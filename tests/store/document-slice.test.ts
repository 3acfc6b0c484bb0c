import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { toSeconds } from '../../src/time/seconds.ts'

/** A made-up note whose stamps end in :01 and mean minutes and seconds. */
const ONES = `---
title: Bread
videoId: xxxxx_01stp
---

Dough rests overnight <a class="yt-timestamp" data-t="00:05:01">[00:05:01]</a>.
The crust sets in the last minutes <a class="yt-timestamp" data-t="28:43:01">[28:43:01]</a>.
`
/** The same, with a real hours stamp beside them: mixed. */
const MIXED = `${ONES}
A long epilogue follows <a class="yt-timestamp" data-t="1:05:28">[1:05:28]</a>.
`
const storeOf = (source: string) =>
  createReaderStore(parseNote(source, { slug: 'bread' }).doc, { startAt: toSeconds(5) })
const timesOf = (store: ReturnType<typeof storeOf>) =>
  store.getState().doc.claims.map((c) => c.citations[0]?.seconds)

describe('the stamp repair in the store', () => {
  it('waits for the duration: an unknown one reads nothing into the stamps', () => {
    const store = storeOf(ONES)
    store.getState().setPlayerState({ duration: null })
    expect(store.getState().stampRepair).toEqual({ reading: null, field: null, undone: false })
    expect(timesOf(store)).toEqual([301, 103381])
  })

  it('reads stamps with a constant last field as minutes once the duration comes, and moves the highlight', () => {
    const store = storeOf(ONES)
    expect(store.getState().activeIds).toEqual([])
    store.getState().setPlayerState({ duration: toSeconds(30 * 60) })
    expect(store.getState().stampRepair).toMatchObject({ field: 1, undone: false })
    expect(timesOf(store)).toEqual([5, 1723])
    expect(store.getState().doc).not.toBe(store.getState().original)
    // At 0:05 the first claim, now at 0:05, is active.
    expect(store.getState().activeIds).toEqual(['t301'])
  })

  it('undoes the repair, and a later duration does not redo it; redo brings it back', () => {
    const store = storeOf(ONES)
    store.getState().setPlayerState({ duration: toSeconds(30 * 60) })
    store.getState().undoStampRepair()
    expect(store.getState().doc).toBe(store.getState().original)
    store.getState().setPlayerState({ duration: toSeconds(31 * 60) })
    expect(timesOf(store)).toEqual([301, 103381])
    expect(store.getState().stampRepair).toMatchObject({ field: null, undone: true })
    store.getState().redoStampRepair()
    expect(timesOf(store)).toEqual([5, 1723])
  })

  it('flags a mixed note and leaves its stamps as written', () => {
    const store = storeOf(MIXED)
    store.getState().setPlayerState({ duration: toSeconds(70 * 60) })
    expect(store.getState().stampRepair.reading).toMatchObject({ type: 'mixed', why: 'real-hours' })
    expect(store.getState().stampRepair.field).toBeNull()
    expect(store.getState().doc).toBe(store.getState().original)
    store.getState().redoStampRepair()
    expect(store.getState().doc).toBe(store.getState().original)
  })

  it('keeps the repaired document when the duration changes but the reading does not', () => {
    const store = storeOf(ONES)
    store.getState().setPlayerState({ duration: toSeconds(30 * 60) })
    const repaired = store.getState().doc
    store.getState().setPlayerState({ duration: toSeconds(30 * 60 + 0.5) })
    expect(store.getState().doc).toBe(repaired)
  })
})
