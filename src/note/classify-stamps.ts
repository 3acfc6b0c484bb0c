/**
 * Which rule reads a note's stamps, when some lie past where the video can
 * reach (DESIGN §2). Pure arithmetic on the citations' whole seconds, so the
 * reader (which knows the video's duration) and the checker (which does not)
 * share every definition:
 *
 * - A stamp's **last field** is its seconds field, `t mod 60`: `28:43:01` → 1.
 *   The model keeps a citation's seconds, not how it was written, so a
 *   two-field `5:00` and a three-field `00:05:00` both have last field 0.
 * - A **late** stamp lies past `end`: `t > end`. In the reader `end` is the
 *   video's duration (a stamp at exactly the duration still fits); the checker,
 *   without it, uses LATE_WITHOUT_DURATION.
 * - The note has a **constant last field** `c` when every late stamp has last
 *   field `c`. Such a note may write `MM:SS` as `MM:SS:c`; its stamps with last
 *   field `c` are then read as minutes and seconds, `floor(t / 60)`
 *   (`28:43:01` → 28:43), early ones too (`00:24:00` → 0:24).
 * - A **real hours** stamp lies at or past one hour, not late, with a last
 *   field other than `c` (`01:05:28` beside `56:04:00`): the note also uses
 *   `H:MM:SS` for real, so its whole-minute stamps under the end might be real
 *   hours as well. Such a note is **mixed**, as is one whose late stamps do not
 *   share a last field: no rule reads it, so it is flagged, never guessed.
 */

/** Without the duration, stamps past four hours are late: longer than nearly every video a note is made from. */
export const LATE_WITHOUT_DURATION = 4 * 3600

/** YouTube keeps no video longer than twelve hours: a stamp past it cannot be read as written. */
export const LONGEST_VIDEO = 12 * 3600

const HOUR = 3600

export type StampReading =
  /** No stamp is late. */
  | { readonly type: 'fits' }
  /** The late stamps are `MM:SS` with a constant last field that carries nothing. */
  | { readonly type: 'minutes-as-hours'; readonly field: number; readonly late: number }
  /**
   * Late stamps that no rule reads: their last fields differ, or real `H:MM:SS`
   * stamps sit beside them. `example` is a stamp that breaks the rule: a real
   * hours one, or a late one whose last field differs from the first late one's.
   */
  | {
      readonly type: 'mixed'
      readonly why: 'fields-differ' | 'real-hours'
      readonly late: number
      readonly example: number
    }
  /** Late stamps that share a last field but, read as minutes and seconds, still lie past `end`. */
  | { readonly type: 'too-long'; readonly field: number; readonly late: number }

/** A whole-second stamp's last field: its seconds. */
export function lastFieldOf(t: number): number {
  return Math.floor(t) % 60
}

/** A stamp read as `MM:SS` with a last field that carries nothing: `H:MM:c` → `H` min `MM` s. */
export function readAsMinutes(t: number): number {
  return Math.floor(Math.floor(t) / 60)
}

/** Classifies a note's citation times against `end`, the duration or LATE_WITHOUT_DURATION. */
export function classifyStamps(times: readonly number[], end: number): StampReading {
  const late = times.filter((t) => t > end)
  if (late.length === 0) return { type: 'fits' }
  const field = lastFieldOf(late[0]!)
  const odd = late.find((t) => lastFieldOf(t) !== field)
  if (odd !== undefined) {
    return { type: 'mixed', why: 'fields-differ', late: late.length, example: odd }
  }
  const real = times.find((t) => t >= HOUR && t <= end && lastFieldOf(t) !== field)
  if (real !== undefined) {
    return { type: 'mixed', why: 'real-hours', late: late.length, example: real }
  }
  if (late.some((t) => readAsMinutes(t) > end))
    return { type: 'too-long', field, late: late.length }
  return { type: 'minutes-as-hours', field, late: late.length }
}
