import { toSeconds, type Seconds } from '../time/seconds.ts'
import { normaliseRates, snapToRate } from './playback-rates.ts'
import type { Player, PlayerFailure } from './player.ts'
import { createPlayerEmitter, type PlayerEmitter } from './player-emitter.ts'
import type { RawYouTubePlayer } from './raw-youtube-player.ts'
import { failureOfYouTubeError, YT_STATE } from './youtube-codes.ts'

/**
 * The YouTube player behind the `Player` interface. The embed component
 * creates it for a ready raw player and forwards react-youtube's events to the
 * `handle*` methods; it never reads the store and never writes to it.
 *
 * Events: like the clock, it announces `ready` (with the duration) in a
 * microtask after creation, to the listeners subscribed by then, so its owner
 * treats both kinds alike; a later subscriber reads `duration()` instead.
 * After that it emits `playing`, `paused`, `buffering`, `ended`, `rate`,
 * `duration` and `failed`, each only when the value changed.
 */
export interface YouTubePlayer extends Player {
  readonly kind: 'youtube'
  /** react-youtube's `onStateChange` `event.data`. */
  handleStateChange(state: number): void
  /** react-youtube's `onPlaybackRateChange` `event.data`. */
  handleRateChange(rate: number): void
  /** react-youtube's `onError` `event.data`: a YouTube error code. */
  handleError(code: unknown): void
}

type Status = 'playing' | 'paused' | 'buffering' | 'ended'

/**
 * CUED and UNSTARTED (after a cue or load) read as paused; a state YouTube
 * does not document reads as null and is ignored.
 * @see https://developers.google.com/youtube/iframe_api_reference#onStateChange
 */
function statusOfState(state: number): Status | null {
  switch (state) {
    case YT_STATE.PLAYING:
      return 'playing'
    case YT_STATE.BUFFERING:
      return 'buffering'
    case YT_STATE.ENDED:
      return 'ended'
    case YT_STATE.PAUSED:
    case YT_STATE.CUED:
    case YT_STATE.UNSTARTED:
      return 'paused'
    default:
      return null
  }
}

function validTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function validRate(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

function durationOf(raw: RawYouTubePlayer): Seconds | null {
  const reported = raw.getDuration()
  return validTime(reported) && reported > 0 ? toSeconds(reported) : null
}

/** What the adapter remembers between YouTube's reports. */
interface AdapterState {
  destroyed: boolean
  /** The last valid time YouTube reported, or the last seek's target. */
  lastTime: number
  status: Status
  /** Buffering keeps the intent it interrupts: a reader who pressed play is playing. */
  playing: boolean
  lastRate: number
  knownDuration: Seconds | null
  lastFailure: PlayerFailure | null
}

type Parts<K extends keyof YouTubePlayer> = Pick<YouTubePlayer, K>

function createReaders(
  raw: RawYouTubePlayer,
  s: AdapterState,
): Parts<'currentTime' | 'duration' | 'isPlaying' | 'rate' | 'availableRates'> {
  return {
    /**
     * Read on every call: YouTube extrapolates between its coarse updates.
     * Right after `seekTo` this is still the old time until YouTube's next
     * update; the sync layer bridges that (src/sync/resolve-reported-time.ts).
     */
    currentTime() {
      if (s.destroyed) return toSeconds(s.lastTime)
      const reported = raw.getCurrentTime()
      if (validTime(reported)) s.lastTime = reported
      return toSeconds(s.lastTime)
    },
    duration: () => (s.destroyed ? s.knownDuration : (durationOf(raw) ?? s.knownDuration)),
    isPlaying: () => !s.destroyed && s.playing,
    rate: () => (s.destroyed ? s.lastRate : (validRate(raw.getPlaybackRate()) ?? s.lastRate)),
    availableRates: () =>
      s.destroyed ? [s.lastRate] : normaliseRates(raw.getAvailablePlaybackRates()),
  }
}

function createCommands(
  raw: RawYouTubePlayer,
  s: AdapterState,
): Parts<'play' | 'pause' | 'seekTo' | 'setRate'> {
  return {
    play() {
      if (!s.destroyed) raw.playVideo()
    },
    pause() {
      if (!s.destroyed) raw.pauseVideo()
    },
    seekTo(seconds) {
      if (s.destroyed) return
      const known = durationOf(raw) ?? s.knownDuration
      const target = known === null ? seconds : Math.min(seconds, known)
      // What currentTime() answers while YouTube reports none (after a cue), until it does.
      s.lastTime = target
      raw.seekTo(target, true)
    },
    // No event here: YouTube confirms through onPlaybackRateChange.
    setRate(rate) {
      if (s.destroyed || !Number.isFinite(rate)) return
      raw.setPlaybackRate(snapToRate(rate, normaliseRates(raw.getAvailablePlaybackRates())))
    },
  }
}

function createHandlers(
  raw: RawYouTubePlayer,
  s: AdapterState,
  emitter: PlayerEmitter,
): Parts<'handleStateChange' | 'handleRateChange' | 'handleError'> {
  return {
    handleStateChange(state) {
      const next = s.destroyed ? null : statusOfState(state)
      if (next === null) return
      const duration = durationOf(raw)
      if (duration !== null && duration !== s.knownDuration) {
        s.knownDuration = duration
        emitter.emit({ type: 'duration', duration })
      }
      if (next !== 'buffering') s.playing = next === 'playing'
      if (next === s.status) return
      s.status = next
      emitter.emit({ type: next })
    },
    handleRateChange(rate) {
      if (s.destroyed || validRate(rate) === null || rate === s.lastRate) return
      s.lastRate = rate
      emitter.emit({ type: 'rate', rate })
    },
    handleError(code) {
      const failure = failureOfYouTubeError(code)
      if (s.destroyed || failure === s.lastFailure) return
      s.lastFailure = failure
      s.playing = false
      emitter.emit({ type: 'failed', failure })
    },
  }
}

/**
 * Wraps a ready raw player. After `destroy()` every method is a no-op (reads
 * return the last values) and no listener is called again; the raw player
 * itself is left to react-youtube, which destroys it on unmount.
 */
export function createYouTubePlayer(raw: RawYouTubePlayer): YouTubePlayer {
  const emitter = createPlayerEmitter()
  const initialTime = raw.getCurrentTime()
  const status = statusOfState(raw.getPlayerState()) ?? 'paused'
  const s: AdapterState = {
    destroyed: false,
    lastTime: validTime(initialTime) ? initialTime : 0,
    status,
    playing: status === 'playing',
    lastRate: validRate(raw.getPlaybackRate()) ?? 1,
    knownDuration: durationOf(raw),
    lastFailure: null,
  }
  queueMicrotask(() => {
    if (!s.destroyed) emitter.emit({ type: 'ready', duration: s.knownDuration })
  })
  return {
    kind: 'youtube',
    ...createReaders(raw, s),
    ...createCommands(raw, s),
    ...createHandlers(raw, s, emitter),
    subscribe: (listener) => emitter.subscribe(listener),
    destroy() {
      s.destroyed = true
      s.playing = false
      emitter.close()
    },
  }
}
