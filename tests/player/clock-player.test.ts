import { describe, expect, it, vi } from 'vitest'
import { createClockPlayer } from '../../src/player/clock-player.ts'
import type { PlayerEvent, PlayerListener } from '../../src/player/player.ts'
import { toSeconds, type Seconds } from '../../src/time/seconds.ts'

function setUp(duration: number | null = 100, startAt = 0) {
  let nowMs = 5_000
  const clock = createClockPlayer({
    duration: duration === null ? null : toSeconds(duration),
    startAt: toSeconds(startAt),
    now: () => nowMs,
  })
  const events: PlayerEvent[] = []
  clock.subscribe((event) => events.push(event))
  const advance = (ms: number): void => {
    nowMs += ms
  }
  return { clock, events, advance }
}

describe('the clock player', () => {
  it('stays where it starts until played', () => {
    const { clock, advance } = setUp(100, 12)
    advance(3_000)
    expect(clock.currentTime()).toBe(12)
    expect(clock.isPlaying()).toBe(false)
    expect(clock.kind).toBe('clock')
  })

  it('advances with the time that passes while playing', () => {
    const { clock, advance, events } = setUp()
    clock.play()
    advance(2_500)
    expect(clock.currentTime()).toBe(2.5)
    expect(events).toEqual([{ type: 'playing' }])
  })

  it('advances at the rate, and keeps the time already run when the rate changes', () => {
    const { clock, advance, events } = setUp()
    clock.play()
    advance(1_000)
    clock.setRate(2)
    advance(1_000)
    expect(clock.currentTime()).toBe(3)
    expect(events).toContainEqual({ type: 'rate', rate: 2 })
  })

  it('snaps rates to the ones YouTube offers, emitting only a real change', () => {
    const { clock, events } = setUp()
    clock.setRate(1.1)
    clock.setRate(9)
    clock.setRate(2)
    expect(clock.rate()).toBe(2)
    expect(events).toEqual([{ type: 'rate', rate: 2 }])
    expect(clock.availableRates()).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2])
  })

  it('freezes the time when paused', () => {
    const { clock, advance, events } = setUp()
    clock.play()
    advance(4_000)
    clock.pause()
    advance(4_000)
    expect(clock.currentTime()).toBe(4)
    expect(events.map((e) => e.type)).toEqual(['playing', 'paused'])
  })

  it.each([
    [-5, 0],
    [50, 50],
    [250, 100],
  ])('clamps a seek to %s into [0, duration] at %s', (target, expected) => {
    const { clock } = setUp(100)
    clock.seekTo(target as Seconds) // a raw number: toSeconds refuses -5
    expect(clock.currentTime()).toBe(expected)
  })

  it('starts an unstarted clock on seek, as YouTube does', () => {
    const { clock, advance } = setUp()
    clock.seekTo(toSeconds(30))
    advance(1_000)
    expect(clock.isPlaying()).toBe(true)
    expect(clock.currentTime()).toBe(31)
  })

  it('leaves a paused clock paused on seek', () => {
    const { clock } = setUp()
    clock.play()
    clock.pause()
    clock.seekTo(toSeconds(30))
    expect(clock.isPlaying()).toBe(false)
  })

  it('stops at the duration with one ended event when read past the end', () => {
    const { clock, advance, events } = setUp(10)
    clock.play()
    advance(9_999)
    expect(clock.currentTime()).toBeCloseTo(9.999)
    advance(5_000)
    expect(clock.currentTime()).toBe(10)
    expect(clock.currentTime()).toBe(10)
    expect(clock.isPlaying()).toBe(false)
    expect(events.map((e) => e.type)).toEqual(['playing', 'ended'])
  })

  it('ends through isPlaying too, without a time read', () => {
    const { clock, advance, events } = setUp(10)
    clock.play()
    advance(10_000)
    expect(clock.isPlaying()).toBe(false)
    expect(events.at(-1)).toEqual({ type: 'ended' })
  })

  it('starts over from 0 when played after the end', () => {
    const { clock, advance } = setUp(10)
    clock.play()
    advance(11_000)
    clock.currentTime()
    clock.play()
    advance(1_000)
    expect(clock.currentTime()).toBe(1)
  })

  it('runs on without end when it has no duration', () => {
    const { clock, advance } = setUp(null)
    clock.play()
    advance(1_000_000)
    expect(clock.currentTime()).toBe(1000)
    expect(clock.duration()).toBeNull()
  })

  it('announces ready with its duration after creation, not during it', async () => {
    const listener = vi.fn<PlayerListener>()
    createClockPlayer({ duration: toSeconds(60), now: () => 0 }).subscribe(listener)
    expect(listener).not.toHaveBeenCalled()
    await Promise.resolve()
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'ready', duration: 60 })
  })

  it('after destroy, keeps its time, ignores commands and calls no listener', async () => {
    const { clock, advance, events } = setUp()
    clock.play()
    advance(1_000)
    clock.destroy()
    advance(1_000)
    clock.pause()
    clock.seekTo(toSeconds(50))
    clock.setRate(2)
    await Promise.resolve()
    expect(clock.currentTime()).toBe(1)
    expect(clock.isPlaying()).toBe(false)
    expect(events).toEqual([{ type: 'playing' }])
  })
})
