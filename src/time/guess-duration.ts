import { toSeconds, type Seconds } from './seconds.ts'

/** Seconds past the last citation a guessed duration reaches (as the timeline's bar does). */
export const GUESS_MARGIN_SECONDS = 60

/**
 * A guess at the video's length from the note alone, for when no player can
 * say: a minute past the latest citation, never 0. It is only ever shown as
 * a guess (DESIGN §3); nothing is clamped to it.
 */
export function guessDuration(times: readonly number[]): Seconds {
  const latest = times.reduce((max, t) => (t > max ? t : max), 0)
  return toSeconds(Math.max(Math.floor(latest) + GUESS_MARGIN_SECONDS, 1))
}
