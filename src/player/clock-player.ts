import { toSeconds, type Seconds } from '../time/seconds.ts'
import { snapToRate, YOUTUBE_RATES } from './playback-rates.ts'
import type { Player } from './player.ts'
import { createPlayerEmitter, type PlayerEmitter } from './player-emitter.ts'

export interface ClockPlayerOptions {
  /** Where the clock stops with `ended`; null runs on without end. */
  readonly duration: Seconds | null
  readonly startAt?: Seconds
  /** Milliseconds, monotonic; default `performance.now`. Stays inside the clock. */
  readonly now?: () => number
}

export interface ClockPlayer extends Player {
  readonly kind: 'clock'
}

interface ClockState {
  destroyed: boolean
  playing: boolean
  /** Whether play (or a seek, which starts it) ever ran: YouTube's "unstarted". */
  started: boolean
  rate: number
  /** The time at `anchorMs`; while playing, time runs on from it at `rate`. */
  anchorTime: number
  anchorMs: number
}

function nowOf(options: ClockPlayerOptions): number {
  return options.now ? options.now() : performance.now()
}

function clampTime(seconds: number, duration: Seconds | null): number {
  const floor = Math.max(0, Number.isFinite(seconds) ? seconds : 0)
  return duration === null ? floor : Math.min(floor, duration)
}

/**
 * Brings the clock up to `now()`. Reaching the duration stops it with
 * `ended`: no timer does this, so `ended` fires on the first read at or past
 * the end — the frame loop reads `currentTime()` every frame while playing.
 */
function advance(s: ClockState, options: ClockPlayerOptions, emitter: PlayerEmitter): number {
  if (!s.playing || s.destroyed) return s.anchorTime
  const nowMs = nowOf(options)
  const elapsed = ((nowMs - s.anchorMs) / 1000) * s.rate
  s.anchorTime = clampTime(s.anchorTime + elapsed, options.duration)
  s.anchorMs = nowMs
  if (options.duration !== null && s.anchorTime >= options.duration) {
    s.playing = false
    emitter.emit({ type: 'ended' })
  }
  return s.anchorTime
}

function createClockCommands(
  s: ClockState,
  options: ClockPlayerOptions,
  emitter: PlayerEmitter,
): Pick<ClockPlayer, 'play' | 'pause' | 'seekTo' | 'setRate'> {
  const run = (): void => {
    s.anchorMs = nowOf(options)
    s.playing = s.started = true
    emitter.emit({ type: 'playing' })
  }
  const play = (): void => {
    if (s.destroyed || s.playing) return
    // Like YouTube, play at the end starts over.
    if (options.duration !== null && s.anchorTime >= options.duration) s.anchorTime = 0
    run()
  }
  return {
    play,
    pause() {
      if (s.destroyed || !s.playing) return
      advance(s, options, emitter)
      if (!s.playing) return // it just ended
      s.playing = false
      emitter.emit({ type: 'paused' })
    },
    seekTo(seconds) {
      if (s.destroyed) return
      advance(s, options, emitter)
      s.anchorTime = clampTime(seconds, options.duration)
      if (!s.started) run()
    },
    setRate(rate) {
      const next = snapToRate(rate, YOUTUBE_RATES)
      if (s.destroyed || !Number.isFinite(rate) || next === s.rate) return
      advance(s, options, emitter)
      s.rate = next
      emitter.emit({ type: 'rate', rate: next })
    },
  }
}

/**
 * The stand-in when YouTube cannot play: a clock that runs at the chosen
 * rate while playing, with YouTube's rates and end behaviour. It announces
 * `ready` in a microtask after creation, to the listeners subscribed by then.
 */
export function createClockPlayer(options: ClockPlayerOptions): ClockPlayer {
  const emitter = createPlayerEmitter()
  const s: ClockState = {
    destroyed: false,
    playing: false,
    started: false,
    rate: 1,
    anchorTime: clampTime(options.startAt ?? 0, options.duration),
    anchorMs: 0,
  }
  queueMicrotask(() => {
    if (!s.destroyed) emitter.emit({ type: 'ready', duration: options.duration })
  })
  return {
    kind: 'clock',
    currentTime: () => toSeconds(advance(s, options, emitter)),
    duration: () => options.duration,
    isPlaying() {
      advance(s, options, emitter)
      return s.playing
    },
    ...createClockCommands(s, options, emitter),
    rate: () => s.rate,
    availableRates: () => YOUTUBE_RATES,
    subscribe: (listener) => emitter.subscribe(listener),
    destroy() {
      advance(s, options, emitter)
      s.destroyed = true
      s.playing = false
      emitter.close()
    },
  }
}
