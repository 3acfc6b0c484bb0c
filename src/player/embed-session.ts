import type { PlayerFailure } from './player.ts'
import { isRawYouTubePlayer, type RawYouTubePlayer } from './raw-youtube-player.ts'
import { failureOfYouTubeError } from './youtube-codes.ts'
import { createYouTubePlayer, type YouTubePlayer } from './youtube-player.ts'
import { isYouTubeScriptBlocked, markYouTubeScriptBlocked } from './youtube-script-status.ts'

export interface EmbedSessionOptions {
  readonly onPlayer: (player: YouTubePlayer) => void
  readonly onFailure: (failure: PlayerFailure) => void
  /**
   * Whether react-youtube is destroying its current player, to create another
   * (StrictMode's remount, or a reset). A player that gets ready meanwhile is
   * on its way out: react-youtube destroys it right after its `onReady`.
   */
  readonly isReplacing: () => boolean
  readonly readyTimeoutMs: number
  /** Failures already reported, shared by the sessions of one mounted embed. */
  readonly reported?: Set<PlayerFailure>
}

/**
 * Decides which of react-youtube's events count, for one mounted embed of one
 * video: only the newest ready player's, and nothing after `close()`.
 */
export interface EmbedSession {
  ready(event: unknown): void
  stateChange(event: unknown): void
  rateChange(event: unknown): void
  error(event: unknown): void
  close(): void
}

interface YouTubeEvent {
  readonly data: unknown
  readonly target: unknown
}

function readEvent(event: unknown): YouTubeEvent | null {
  if (typeof event !== 'object' || event === null || !('target' in event)) return null
  return { data: 'data' in event ? event.data : undefined, target: event.target }
}

interface SessionState {
  closed: boolean
  raw: RawYouTubePlayer | null
  player: YouTubePlayer | null
  readonly reported: Set<PlayerFailure>
  timer: ReturnType<typeof setTimeout> | undefined
}

function failOnce(s: SessionState, options: EmbedSessionOptions, failure: PlayerFailure): void {
  clearTimeout(s.timer)
  if (s.closed || s.reported.has(failure)) return
  s.reported.add(failure)
  options.onFailure(failure)
}

/** The event, when it comes from the player this session handed over. */
function fromCurrentPlayer(s: SessionState, event: unknown): YouTubeEvent | null {
  const read = s.closed || s.raw === null ? null : readEvent(event)
  return read !== null && read.target === s.raw ? read : null
}

function adoptPlayer(s: SessionState, options: EmbedSessionOptions, event: unknown): void {
  const target = s.closed ? null : readEvent(event)?.target
  if (!isRawYouTubePlayer(target) || target === s.raw || options.isReplacing()) return
  clearTimeout(s.timer)
  s.player?.destroy()
  s.raw = target
  s.player = createYouTubePlayer(target)
  options.onPlayer(s.player)
}

function reportError(s: SessionState, options: EmbedSessionOptions, event: unknown): void {
  if (s.closed) return
  // A failed script load arrives as the Error itself, not as a {data, target}
  // event, and only on the first player, which StrictMode may have replaced.
  if (event instanceof Error) {
    markYouTubeScriptBlocked()
    failOnce(s, options, 'script-blocked')
    return
  }
  // Before any ready, an error counts unless its player is being replaced.
  const read = s.raw === null ? readEvent(event) : fromCurrentPlayer(s, event)
  if (read === null || (s.raw === null && options.isReplacing())) return
  s.player?.handleError(read.data)
  failOnce(s, options, failureOfYouTubeError(read.data))
}

/**
 * Starts at once: reports `script-blocked` when an earlier embed saw the
 * script fail, else arms the ready timeout. Each failure is reported once. A
 * player that gets ready after `script-timeout` is still handed over: YouTube
 * was only slow, and the owner may switch back to it.
 */
export function createEmbedSession(options: EmbedSessionOptions): EmbedSession {
  const s: SessionState = {
    closed: false,
    raw: null,
    player: null,
    reported: options.reported ?? new Set(),
    timer: undefined,
  }
  if (isYouTubeScriptBlocked()) failOnce(s, options, 'script-blocked')
  else s.timer = setTimeout(() => failOnce(s, options, 'script-timeout'), options.readyTimeoutMs)
  return {
    ready: (event) => adoptPlayer(s, options, event),
    stateChange(event) {
      const read = fromCurrentPlayer(s, event)
      if (typeof read?.data === 'number') s.player?.handleStateChange(read.data)
    },
    rateChange(event) {
      const read = fromCurrentPlayer(s, event)
      if (typeof read?.data === 'number') s.player?.handleRateChange(read.data)
    },
    error: (event) => reportError(s, options, event),
    close() {
      s.closed = true
      clearTimeout(s.timer)
      s.player?.destroy()
      s.player = s.raw = null
    },
  }
}
