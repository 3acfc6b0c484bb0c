/**
 * The part of the IFrame API's `YT.Player` that Lockstep calls: synchronous
 * methods that read the state YouTube last posted from its iframe.
 *
 * This is react-youtube's `onReady` `event.target`, not `getInternalPlayer()`:
 * that returns youtube-player's wrapper, where every method returns a Promise.
 * These methods exist only once the player is ready.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#Functions
 * @see node_modules/youtube-player/dist/YouTubePlayer.js (promisifyPlayer)
 */
export interface RawYouTubePlayer {
  playVideo(): void
  pauseVideo(): void
  /** `allowSeekAhead: true` lets YouTube fetch unbuffered data at once. */
  seekTo(seconds: number, allowSeekAhead: boolean): void
  /**
   * Seconds since the start. Extrapolated between YouTube's coarse updates
   * while playing (capped at +1 s), stale right after `seekTo` until the next
   * update, `undefined` after `cueVideoById`/`loadVideoById`.
   */
  getCurrentTime(): number | undefined
  /** 0 until the video's metadata has loaded. */
  getDuration(): number
  /** One of `YT_STATE`'s values. */
  getPlayerState(): number
  setPlaybackRate(rate: number): void
  getPlaybackRate(): number
  /** For most videos `[0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]`; may be `[1]`. */
  getAvailablePlaybackRates(): number[]
  getIframe(): HTMLIFrameElement
  /**
   * Never called by Lockstep: react-youtube owns the player's life and
   * destroys it on unmount (and before re-creating it).
   */
  destroy(): void
}

/** Whether a react-youtube `event.target` looks like a ready raw player. */
export function isRawYouTubePlayer(value: unknown): value is RawYouTubePlayer {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<keyof RawYouTubePlayer, unknown>>
  return typeof candidate.getCurrentTime === 'function' && typeof candidate.seekTo === 'function'
}
