import type { PlayerFailure } from './player.ts'

export interface FailureMessage {
  /** A plain sentence for the banner's heading; never an error code. */
  readonly title: string
  /** Why, in a sentence, then what still works. May name YouTube's code. */
  readonly detail: string
}

const STILL_WORKS =
  'The note still follows a clock of its own; open the video on YouTube to watch it.'

/**
 * Why each failure happens, in the reader's words. Causes are stated as
 * likely, not certain, where the browser cannot tell us (a failed script load
 * looks the same whether offline or blocked).
 * @see https://developers.google.com/youtube/iframe_api_reference#onError
 */
const MESSAGES = {
  'script-blocked': {
    title: 'YouTube could not be reached.',
    detail: 'The player did not load: you may be offline, or a blocker may be stopping it.',
  },
  'script-timeout': {
    title: 'YouTube is taking too long to load.',
    detail: 'The player did not start in time; the connection may be slow or offline.',
  },
  'invalid-parameter': {
    title: 'YouTube did not accept this video.',
    detail: "The note's video id may be wrong (YouTube error 2).",
  },
  'html5-error': {
    title: 'The video cannot play in this browser.',
    detail: "YouTube's player ran into a playback error here.",
  },
  'not-found': {
    title: 'This video is unavailable.',
    detail: 'It may have been removed or made private (YouTube error 100).',
  },
  'embedding-disabled': {
    title: 'This video only plays on YouTube.',
    detail: "The video's owner does not allow it to play outside YouTube.",
  },
  'missing-referrer': {
    title: 'YouTube refused to play the video here.',
    detail:
      'YouTube needs to know which site is asking, and this page did not say; a privacy setting or extension may hide it (YouTube error 153).',
  },
  'no-video': {
    title: 'This note names no video.',
    detail: 'Its frontmatter has no valid YouTube video id.',
  },
} as const satisfies Record<PlayerFailure, FailureMessage>

/** Plain words for the banner shown when the video cannot play. */
export function describeFailure(failure: PlayerFailure): FailureMessage {
  const { title, detail } = MESSAGES[failure]
  // Without a video there is nothing to open on YouTube.
  const after = failure === 'no-video' ? 'The note still follows a clock of its own.' : STILL_WORKS
  return { title, detail: `${detail} ${after}` }
}
