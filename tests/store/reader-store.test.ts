import { describe, expect, it } from 'vitest'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { toSeconds } from '../../src/time/seconds.ts'
import { sampleDoc } from '../support/sample-note.ts'

describe('the reader store', () => {
  it('starts at the given time with its claims active', () => {
    const store = createReaderStore(sampleDoc(), { startAt: toSeconds(1300) })
    expect(store.getState().activeIds).toEqual(['t1300'])
    expect(store.getState().primaryId).toBe('t1300')
  })

  it('makes the first active claim in reading order primary when nothing else decides', () => {
    const store = createReaderStore(sampleDoc())
    store.getState().applyTime(toSeconds(4223))
    expect(store.getState().primaryId).toBe('t4223')
  })

  it('asks the viewport ranker which active claim is primary when several are active', () => {
    const store = createReaderStore(sampleDoc())
    store.getState().setViewportRanker((ids) => ids.at(-1)!)
    store.getState().applyTime(toSeconds(4223))
    expect(store.getState().primaryId).toBe('t4223-2')
  })

  it('says how far the next cited moment is in a gap, and nothing while a claim is active', () => {
    const store = createReaderStore(sampleDoc())
    store.getState().applyTime(toSeconds(100))
    expect(store.getState().activeIds).toEqual([])
    expect(store.getState().nextMoment).toBe(457)
    store.getState().applyTime(toSeconds(460))
    expect(store.getState().nextMoment).toBeNull()
  })

  it('keeps the same active array, and sets nothing, while time stays in one window', () => {
    const store = createReaderStore(sampleDoc())
    store.getState().applyTime(toSeconds(1300))
    const before = store.getState()
    store.getState().applyTime(toSeconds(1310))
    expect(store.getState()).toBe(before)
  })

  it('follows the video by default, and starts with the follow mode it is given', () => {
    expect(createReaderStore(sampleDoc()).getState().follow).toBe(true)
    expect(createReaderStore(sampleDoc(), { follow: false }).getState().follow).toBe(false)
  })
})
