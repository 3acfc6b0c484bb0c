import { describe, expect, it, vi } from 'vitest'
import type { PlayerEvent, PlayerListener } from '../../src/player/player.ts'
import { YT_STATE } from '../../src/player/youtube-codes.ts'
import { createYouTubePlayer } from '../../src/player/youtube-player.ts'
import { toSeconds } from '../../src/time/seconds.ts'
import { createFakeRawPlayer } from './fake-raw-player.ts'

function setUp() {
  const raw = createFakeRawPlayer()
  const player = createYouTubePlayer(raw)
  const events: PlayerEvent[] = []
  player.subscribe((event) => events.push(event))
  return { raw, player, events }
}

describe('the YouTube adapter: time', () => {
  it('reads the raw time on every call, so time YouTube extrapolates shows up', () => {
    const { raw, player } = setUp()
    raw.time = 10.1
    expect(player.currentTime()).toBe(10.1)
    raw.time = 10.117
    expect(player.currentTime()).toBe(10.117)
    expect(raw.getCurrentTime).toHaveBeenCalledTimes(3) // once at creation
  })

  it.each([
    ['undefined, as after cueVideoById', undefined],
    ['NaN', Number.NaN],
    ['negative', -1],
  ])('keeps the last good time when YouTube reports %s', (_, reported) => {
    const { raw, player } = setUp()
    raw.time = 42
    player.currentTime()
    raw.time = reported
    expect(player.currentTime()).toBe(42)
  })

  it('reports the seek target until YouTube reports a valid time again', () => {
    const { raw, player } = setUp()
    raw.time = 100
    player.currentTime()
    raw.time = undefined
    player.seekTo(toSeconds(30))
    expect(raw.seekTo).toHaveBeenCalledWith(30, true)
    expect(player.currentTime()).toBe(30)
    raw.time = 30.25
    expect(player.currentTime()).toBe(30.25)
  })

  it('seeks no further than the duration YouTube knows', () => {
    const { raw, player } = setUp()
    raw.duration = 600
    player.seekTo(toSeconds(900))
    expect(raw.seekTo).toHaveBeenCalledWith(600, true)
  })

  it('has no duration until YouTube reports one above zero', () => {
    const { raw, player } = setUp()
    expect(player.duration()).toBeNull()
    raw.duration = 3600.5
    expect(player.duration()).toBe(3600.5)
  })
})

describe('the YouTube adapter: events', () => {
  it('announces ready with the duration in a microtask, not during creation', async () => {
    const raw = createFakeRawPlayer()
    raw.duration = 120
    const listener = vi.fn<PlayerListener>()
    createYouTubePlayer(raw).subscribe(listener)
    expect(listener).not.toHaveBeenCalled()
    await Promise.resolve()
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'ready', duration: 120 })
  })

  it('emits each state once, however often YouTube repeats it', async () => {
    const { player, events } = setUp()
    await Promise.resolve()
    events.length = 0
    for (const state of [1, 1, 3, 3, 1, 2, 2, 0, 0]) player.handleStateChange(state)
    expect(events.map((e) => e.type)).toEqual([
      'playing',
      'buffering',
      'playing',
      'paused',
      'ended',
    ])
  })

  it('reads a cued or unstarted video as paused, and ignores states YouTube does not document', () => {
    const { player, events } = setUp()
    player.handleStateChange(YT_STATE.PLAYING)
    player.handleStateChange(4)
    player.handleStateChange(YT_STATE.CUED)
    player.handleStateChange(YT_STATE.UNSTARTED)
    expect(events.map((e) => e.type)).toEqual(['playing', 'paused'])
  })

  it('stays playing while buffering after play, and paused while buffering after pause', () => {
    const { player } = setUp()
    player.handleStateChange(YT_STATE.PLAYING)
    player.handleStateChange(YT_STATE.BUFFERING)
    expect(player.isPlaying()).toBe(true)
    player.handleStateChange(YT_STATE.PAUSED)
    player.handleStateChange(YT_STATE.BUFFERING)
    expect(player.isPlaying()).toBe(false)
  })

  it('emits the duration once when YouTube learns it', () => {
    const { raw, player, events } = setUp()
    raw.duration = 95
    player.handleStateChange(YT_STATE.BUFFERING)
    player.handleStateChange(YT_STATE.PLAYING)
    expect(events.filter((e) => e.type === 'duration')).toEqual([
      { type: 'duration', duration: 95 },
    ])
  })

  it('emits a rate change only when the rate changed', () => {
    const { player, events } = setUp()
    player.handleRateChange(1)
    player.handleRateChange(1.5)
    player.handleRateChange(1.5)
    expect(events).toEqual([{ type: 'rate', rate: 1.5 }])
  })

  it('turns a YouTube error code into one failed event', () => {
    const { player, events } = setUp()
    player.handleStateChange(YT_STATE.PLAYING)
    player.handleError(150)
    player.handleError(101)
    expect(events.slice(1)).toEqual([{ type: 'failed', failure: 'embedding-disabled' }])
    expect(player.isPlaying()).toBe(false)
  })

  it('stops calling a listener once it unsubscribes', () => {
    const { player } = setUp()
    const listener = vi.fn<PlayerListener>()
    const unsubscribe = player.subscribe(listener)
    unsubscribe()
    player.handleStateChange(YT_STATE.PLAYING)
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('the YouTube adapter: commands', () => {
  it('passes play and pause to YouTube', () => {
    const { raw, player } = setUp()
    player.play()
    player.pause()
    expect(raw.playVideo).toHaveBeenCalledOnce()
    expect(raw.pauseVideo).toHaveBeenCalledOnce()
  })

  it.each([
    [1.1, 1],
    [1.9, 2],
    [3, 2],
    [0.1, 0.25],
    [1.125, 1], // a tie goes to the slower rate
  ])('snaps a rate of %s to the offered %s', (asked, sent) => {
    const { raw, player } = setUp()
    player.setRate(asked)
    expect(raw.setPlaybackRate).toHaveBeenCalledWith(sent)
  })

  it('snaps to 1 when YouTube offers only 1', () => {
    const { raw, player } = setUp()
    raw.rates = [1]
    player.setRate(2)
    expect(raw.setPlaybackRate).toHaveBeenCalledWith(1)
  })

  it('offers the rates ascending', () => {
    const { raw, player } = setUp()
    raw.rates = [2, 1, 0.5]
    expect(player.availableRates()).toEqual([0.5, 1, 2])
  })
})

describe('the YouTube adapter after destroy', () => {
  it('calls YouTube no more and leaves the raw player to react-youtube', () => {
    const { raw, player } = setUp()
    player.destroy()
    player.play()
    player.pause()
    player.seekTo(toSeconds(5))
    player.setRate(2)
    for (const method of [raw.playVideo, raw.pauseVideo, raw.seekTo, raw.setPlaybackRate]) {
      expect(method).not.toHaveBeenCalled()
    }
    expect(raw.destroy).not.toHaveBeenCalled()
  })

  it('answers the last time without asking YouTube', () => {
    const { raw, player } = setUp()
    raw.time = 12
    player.currentTime()
    player.destroy()
    raw.getCurrentTime.mockClear()
    raw.time = 99
    expect(player.currentTime()).toBe(12)
    expect(raw.getCurrentTime).not.toHaveBeenCalled()
  })

  it('calls no listener again, not even the pending ready', async () => {
    const { player, events } = setUp()
    const late = vi.fn<PlayerListener>()
    player.handleStateChange(YT_STATE.PLAYING)
    player.destroy()
    player.subscribe(late)
    player.handleStateChange(YT_STATE.PAUSED)
    player.handleRateChange(2)
    player.handleError(100)
    await Promise.resolve()
    expect(events).toEqual([{ type: 'playing' }])
    expect(late).not.toHaveBeenCalled()
    expect(player.isPlaying()).toBe(false)
  })
})
