import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { createGoToClaim } from '../../src/sync/go-to-claim.ts'
import { createGuidedTour } from '../../src/sync/guided-tour.ts'
import { createPlaybackSync } from '../../src/sync/playback-sync.ts'
import { FakePlayer, ManualSchedule } from '../support/fake-player.ts'
import { sampleDoc } from '../support/sample-note.ts'

// The sample note in reading order: t4223 [4223, 4283), t5511 [5511, 5571), t457 [457, 517),
// t4223-2 (same second as t4223), t1300 [1300, 1330).
function setUp(options: { follow?: boolean } = {}) {
  const store = createReaderStore(sampleDoc(), options)
  const schedule = new ManualSchedule()
  const sync = createPlaybackSync(store, schedule)
  const player = new FakePlayer()
  player.catchesUpOnSeek = true
  sync.attach(player)
  const tour = createGuidedTour(store, sync, createGoToClaim(store, sync))
  /** The player reaches `t` and the next frame reads it. */
  const reach = (t: number) => {
    player.reported = t
    schedule.frame()
  }
  return { store, sync, player, tour, reach, state: () => store.getState() }
}

describe('the guided tour', () => {
  it('starts at the first claim in reading order and plays it from its cited moment', () => {
    const { tour, player, state } = setUp()
    tour.start()
    expect(player.calls).toEqual(['seekTo 4223', 'play'])
    expect(state().tour).toEqual({ stop: 0, total: 5 })
    expect(state().primaryId).toBe('t4223')
  })

  it('moves on to the next claim in reading order when the window ends, wherever it is in the video', () => {
    const { tour, player, state, reach } = setUp()
    tour.start()
    reach(4250)
    expect(state().tour?.stop).toBe(0)
    reach(4283)
    expect(state().tour?.stop).toBe(1)
    expect(player.calls.slice(-2)).toEqual(['seekTo 5511', 'play'])
    reach(5571.2)
    expect(player.calls.slice(-2)).toEqual(['seekTo 457', 'play'])
    expect(state().primaryId).toBe('t457')
  })

  it('plays the second of two claims citing the same second in its own turn', () => {
    const { tour, state, reach } = setUp()
    tour.start('t457' as never)
    reach(517)
    expect(state().tour?.stop).toBe(3)
    expect(state().primaryId).toBe('t4223-2')
  })

  it('skips, goes back, and stops on request', () => {
    const { tour, player, state } = setUp()
    tour.start()
    tour.skip()
    expect(state().tour?.stop).toBe(1)
    tour.back()
    expect(state().tour?.stop).toBe(0)
    expect(player.calls.slice(-2)).toEqual(['seekTo 4223', 'play'])
    tour.stop()
    expect(state().tour).toBeNull()
  })

  it('ends, leaving playback alone, when the reader seeks somewhere else', () => {
    const { tour, sync, player, state } = setUp()
    tour.start()
    sync.seek(1300, { chosen: 't1300' as never, play: true })
    expect(state().tour).toBeNull()
    expect(player.calls.at(-1)).toBe('play')
    expect(state().primaryId).toBe('t1300')
  })

  it('ends when YouTube itself jumps elsewhere', () => {
    const { tour, state, reach } = setUp()
    tour.start()
    reach(4230)
    reach(9000)
    expect(state().tour).toBeNull()
  })

  it('pauses and ends after the last claim', () => {
    const { tour, player, state, reach } = setUp()
    tour.start('t1300' as never)
    reach(1330)
    expect(state().tour).toBeNull()
    expect(player.calls.at(-1)).toBe('pause')
  })

  it('shows each claim it plays, follow off too, without taking the keyboard', () => {
    const { tour, state, reach } = setUp({ follow: false })
    tour.start()
    expect(state().reveal).toEqual({ id: 't4223', block: 'center', focus: false })
    reach(4283)
    expect(state().reveal).toEqual({ id: 't5511', block: 'center', focus: false })
    expect(state().cursorId).toBeNull()
    expect(state().follow).toBe(false)
  })

  it('shows the next claim when it plays on into it without a seek', () => {
    const note = `---\ntitle: Kilns\nvideoId: abcdefghijk\n---\n\nWood is stacked <a class="yt-timestamp" data-t="00:10">[00:10]</a>.\nThe fire is lit <a class="yt-timestamp" data-t="00:20">[00:20]</a>.\n`
    const store = createReaderStore(parseNote(note, { slug: 'kilns' }).doc, { follow: false })
    const schedule = new ManualSchedule()
    const sync = createPlaybackSync(store, schedule)
    const player = new FakePlayer()
    player.catchesUpOnSeek = true
    sync.attach(player)
    const tour = createGuidedTour(store, sync, createGoToClaim(store, sync))
    tour.start()
    player.reported = 20
    schedule.frame()
    expect(player.calls).toEqual(['seekTo 10', 'play'])
    expect(store.getState().reveal).toEqual({ id: 't20', block: 'center', focus: false })
    expect(store.getState().primaryId).toBe('t20')
  })

  it('says it has finished, with how many claims it played, after the last one', () => {
    const { tour, state, reach } = setUp()
    tour.start('t1300' as never)
    expect(state().tourEnd).toBeNull()
    reach(1330)
    expect(state().tourEnd).toEqual({ finished: true, reached: 5, total: 5 })
  })

  it('says where it stopped when the reader stops or leaves it, and forgets that on a new tour', () => {
    const { tour, state, reach } = setUp()
    tour.start()
    tour.skip()
    tour.stop()
    expect(state().tourEnd).toEqual({ finished: false, reached: 2, total: 5 })
    tour.start()
    expect(state().tourEnd).toBeNull()
    reach(9000)
    expect(state().tourEnd).toEqual({ finished: false, reached: 1, total: 5 })
  })

  it('says nothing when it is let go with its note', () => {
    const { tour, state } = setUp()
    tour.start()
    tour.dispose()
    expect(state().tour).toBeNull()
    expect(state().tourEnd).toBeNull()
  })
})
