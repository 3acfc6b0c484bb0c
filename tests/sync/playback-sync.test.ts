import { describe, expect, it } from 'vitest'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { createPlaybackSync } from '../../src/sync/playback-sync.ts'
import { FakePlayer, ManualSchedule } from '../support/fake-player.ts'
import { sampleDoc } from '../support/sample-note.ts'

function setUp() {
  const store = createReaderStore(sampleDoc())
  const schedule = new ManualSchedule()
  const sync = createPlaybackSync(store, schedule)
  const player = new FakePlayer()
  sync.attach(player)
  return { store, schedule, sync, player, state: () => store.getState() }
}

describe('the playback sync', () => {
  it('reads the player once per animation frame while playing and moves the highlight', () => {
    const { schedule, player, state } = setUp()
    player.play()
    player.reported = 4223.2
    schedule.frame()
    expect(state().activeIds).toEqual(['t4223', 't4223-2'])
    expect(state().clock.now()).toBeCloseTo(4223.2)
    player.reported = 5511
    schedule.frame()
    expect(state().activeIds).toEqual(['t5511'])
  })

  it('stops the frame loop when paused and polls slowly instead, so scrubbing in YouTube is followed', () => {
    const { schedule, player, state } = setUp()
    player.play()
    schedule.frame()
    player.pause()
    schedule.frame()
    expect(schedule.pendingFrames).toBe(0)
    expect(schedule.activeIntervals).toBe(1)
    player.reported = 457
    schedule.advance(500)
    expect(state().activeIds).toEqual(['t457'])
  })

  it('moves the highlight at once on a seek from the note, before the player reports it', () => {
    const { sync, state, player } = setUp()
    sync.seek(457, { chosen: null })
    expect(state().activeIds).toEqual(['t457'])
    expect(player.calls).toContain('seekTo 457')
  })

  it('does not flicker back while YouTube still reports the time from before the seek', () => {
    const { sync, schedule, state, player } = setUp()
    player.reported = 5511
    player.play()
    schedule.frame()
    sync.seek(457)
    for (let i = 0; i < 20; i++) {
      schedule.frame() // the player still says 5511: stale after seekTo
      expect(state().activeIds).toEqual(['t457'])
    }
    player.reported = 457.4
    schedule.frame()
    expect(state().clock.now()).toBeCloseTo(457.4)
  })

  it('gives up waiting for a seek after three seconds and trusts the player', () => {
    const { sync, schedule, state, player } = setUp()
    player.reported = 5511
    player.play()
    sync.seek(457)
    schedule.frame(3100)
    expect(state().activeIds).toEqual(['t5511'])
  })

  it('keeps the claim the reader chose primary when two claims cite the same second', () => {
    const { sync, state } = setUp()
    sync.seek(4223, { chosen: 't4223-2' as never })
    expect(state().activeIds).toEqual(['t4223', 't4223-2'])
    expect(state().primaryId).toBe('t4223-2')
  })

  it('forgets the chosen claim when the video jumps by a seek made in YouTube itself', () => {
    const { sync, schedule, state, player } = setUp()
    sync.seek(4223, { chosen: 't4223-2' as never })
    player.reported = 4223
    player.play()
    schedule.frame()
    player.reported = 20 // scrubbed far away in YouTube's own controls
    schedule.frame()
    player.reported = 4224
    schedule.frame()
    expect(state().primaryId).toBe('t4223')
  })

  it('renders nothing new for a frame that changes no active claim', () => {
    const { schedule, state, player, store } = setUp()
    player.play()
    player.reported = 4223
    schedule.frame()
    let changes = 0
    const unsubscribe = store.subscribe(() => changes++)
    for (let t = 4223.1; t < 4250; t += 0.5) {
      player.reported = t
      schedule.frame()
    }
    unsubscribe()
    expect(changes).toBe(0)
    expect(state().activeIds).toEqual(['t4223', 't4223-2'])
  })

  it("keeps the note's start time while an unstarted player still reports 0", () => {
    const store = createReaderStore(sampleDoc(), { startAt: 5511 as never })
    const schedule = new ManualSchedule()
    const sync = createPlaybackSync(store, schedule)
    const player = new FakePlayer()
    sync.attach(player)
    schedule.advance(2000)
    expect(store.getState().activeIds).toEqual(['t5511'])
    player.reported = 5511
    player.play()
    schedule.frame()
    expect(store.getState().clock.now()).toBe(5511)
  })

  it('steps the rate through the rates the player offers', () => {
    const { sync, player } = setUp()
    sync.stepRate(1)
    sync.stepRate(1)
    expect(player.rate()).toBe(1.5)
    sync.stepRate(-1)
    expect(player.calls.filter((c) => c.startsWith('setRate'))).toEqual([
      'setRate 1.25',
      'setRate 1.5',
      'setRate 1.25',
    ])
  })

  it('keeps a paused video paused on a seek that was not asked to play, and plays one that was', () => {
    const { sync, player } = setUp()
    sync.seekBy(10)
    expect(player.calls).toEqual(['seekTo 10', 'pause'])
    sync.seek(457, { play: true })
    expect(player.calls.slice(2)).toEqual(['seekTo 457', 'play'])
    sync.seekBy(-5)
    expect(player.calls.slice(4)).toEqual(['seekTo 452'])
  })

  it('does what the reader asked before the player was ready once it is', () => {
    const store = createReaderStore(sampleDoc())
    const sync = createPlaybackSync(store, new ManualSchedule())
    sync.seek(457, { chosen: 't457' as never, play: true })
    expect(store.getState().activeIds).toEqual(['t457'])
    const player = new FakePlayer()
    sync.attach(player)
    expect(player.calls).toEqual(['seekTo 457', 'play'])
  })

  it('plays on ready when play was pressed before the player was ready, and not when pressed twice', () => {
    const store = createReaderStore(sampleDoc())
    const sync = createPlaybackSync(store, new ManualSchedule())
    sync.toggle()
    const first = new FakePlayer()
    sync.attach(first)
    expect(first.calls).toEqual(['play'])
    const again = createPlaybackSync(createReaderStore(sampleDoc()), new ManualSchedule())
    again.toggle()
    again.toggle()
    const second = new FakePlayer()
    again.attach(second)
    expect(second.calls).toEqual([])
  })

  it('clamps seeks to the start and to the known duration', () => {
    const { sync, state } = setUp()
    state().setPlayerState({ duration: 600 as never })
    sync.seekBy(-30)
    expect(state().clock.now()).toBe(0)
    sync.seek(10_000)
    expect(state().clock.now()).toBe(600)
  })

  it('lets a YouTube player that got ready after the fallback take over at the note’s time, playing as the clock was', () => {
    const { sync, schedule, state, player: clock } = setUp()
    sync.fallBack('script-timeout', clock)
    expect(state()).toMatchObject({ status: 'fallback', failure: 'script-timeout' })
    sync.seek(4313, { play: true })
    clock.reported = 4313.5
    schedule.frame()
    const late = new FakePlayer()
    sync.recover(late)
    expect(state()).toMatchObject({ status: 'ready', failure: null })
    expect(late.calls).toEqual(['seekTo 4313.5', 'play'])
    expect(sync.player()).toBe(late)
    // The clock is let go: only the new player moves the note.
    clock.reported = 9000
    late.reported = 5511
    late.catchesUpOnSeek = true
    schedule.advance(3100)
    schedule.frame()
    expect(state().activeIds).toEqual(['t5511'])
  })

  it('keeps a late YouTube player paused when the clock was paused', () => {
    const { sync, player: clock } = setUp()
    sync.fallBack('script-timeout', clock)
    const late = new FakePlayer()
    sync.recover(late)
    expect(late.calls).toEqual(['seekTo 0', 'pause'])
  })

  it('stops reading time when detached, and starts again on the next attach', () => {
    const { sync, schedule, player } = setUp()
    player.play()
    sync.detach()
    expect(schedule.pendingFrames + schedule.activeIntervals).toBe(0)
    sync.attach(player)
    expect(schedule.pendingFrames).toBe(1)
  })
})
