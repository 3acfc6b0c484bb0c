import type { PlayerFailure } from './player.ts'

/**
 * YouTube IFrame API player states.
 * @see https://developers.google.com/youtube/iframe_api_reference#onStateChange
 */
export const YT_STATE = {
  UNSTARTED: -1,
  ENDED: 0,
  PLAYING: 1,
  PAUSED: 2,
  BUFFERING: 3,
  CUED: 5,
} as const
export type YouTubeState = (typeof YT_STATE)[keyof typeof YT_STATE]

/**
 * YouTube IFrame API error codes and what each means for the reader.
 * @see https://developers.google.com/youtube/iframe_api_reference#onError
 */
export const YT_ERROR = {
  2: 'invalid-parameter',
  5: 'html5-error',
  100: 'not-found',
  101: 'embedding-disabled',
  150: 'embedding-disabled',
  153: 'missing-referrer',
} as const satisfies Record<number, PlayerFailure>

export function failureOfYouTubeError(code: unknown): PlayerFailure {
  return typeof code === 'number' && code in YT_ERROR
    ? YT_ERROR[code as keyof typeof YT_ERROR]
    : 'html5-error'
}
