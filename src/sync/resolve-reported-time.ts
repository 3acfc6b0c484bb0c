import type { Seconds } from '../time/seconds.ts'

/** A seek the note asked for that the player may not have caught up with yet. */
export interface PendingSeek {
  readonly target: Seconds
  /** When it was asked for, in milliseconds of the loop's clock. */
  readonly at: number
}

/** Within this distance of where a seek should be by now, the player has caught up. */
export const CAUGHT_UP_SECONDS = 1
/** After this long, trust whatever the player says. */
export const SEEK_PATIENCE_MS = 3000

/**
 * The time to show while a seek is pending. YouTube reports the old time until
 * its next update after seekTo (TOOLCHAIN gotcha 4), so until the reported time
 * comes within a second of where the seek should be by now, the expected time
 * stands in: the highlight moves at once and does not flicker back.
 */
export function resolveReportedTime(
  reported: number,
  pending: PendingSeek | null,
  nowMs: number,
  speed: number,
): { readonly time: number; readonly settled: boolean } {
  if (!pending) return { time: reported, settled: true }
  const elapsed = Math.max(0, nowMs - pending.at) / 1000
  const expected = pending.target + elapsed * speed
  if (Math.abs(reported - expected) < CAUGHT_UP_SECONDS || nowMs - pending.at > SEEK_PATIENCE_MS) {
    return { time: reported, settled: true }
  }
  return { time: expected, settled: false }
}
