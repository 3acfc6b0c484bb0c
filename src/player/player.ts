import type { Seconds } from '../time/seconds.ts'

/** Why the video cannot play; each has words for the reader in `failure-messages.ts`. */
export type PlayerFailure =
  | 'script-blocked' // the IFrame API script failed to load
  | 'script-timeout' // the script or the player did not get ready in time
  | 'invalid-parameter' // YouTube error 2: a bad video id reached YouTube
  | 'html5-error' // YouTube error 5
  | 'not-found' // YouTube error 100: removed or private
  | 'embedding-disabled' // YouTube errors 101 and 150
  | 'missing-referrer' // YouTube error 153: the page sent no Referer
  | 'no-video' // the note names no valid video id; YouTube is never asked

/** What a player tells its owner. Adapters emit these; they never write to the store. */
export type PlayerEvent =
  | { readonly type: 'ready'; readonly duration: Seconds | null }
  | { readonly type: 'playing' }
  | { readonly type: 'paused' }
  | { readonly type: 'ended' }
  | { readonly type: 'buffering' }
  | { readonly type: 'rate'; readonly rate: number }
  | { readonly type: 'duration'; readonly duration: Seconds }
  | { readonly type: 'failed'; readonly failure: PlayerFailure }

export type PlayerListener = (event: PlayerEvent) => void

/**
 * A video the note can drive: YouTube's player or the clock that stands in
 * for it. Every call is safe before ready (it is queued or ignored, as said)
 * and after destroy (ignored).
 */
export interface Player {
  readonly kind: 'youtube' | 'clock'
  /** Synchronous and cheap: read once per animation frame. */
  currentTime(): Seconds
  duration(): Seconds | null
  isPlaying(): boolean
  play(): void
  pause(): void
  /** Seeks; also starts an unstarted video, as YouTube does. */
  seekTo(seconds: Seconds): void
  setRate(rate: number): void
  rate(): number
  /** The rates this player offers, ascending. */
  availableRates(): readonly number[]
  subscribe(listener: PlayerListener): () => void
  destroy(): void
}
