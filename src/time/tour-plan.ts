import type { Seconds } from './seconds.ts'
import { activeWindowAt, claimIds, claimTimes, type TimeIndex } from './time-index.ts'

/** One stop of the guided tour: a claim's first cited moment, for its window. */
export interface TourStop<Id extends string = string> {
  readonly id: Id
  readonly start: Seconds
  /** Where the claim's window ends (DESIGN §2): the next later citation, at most the dwell. */
  readonly end: Seconds
}

/**
 * The guided tour of a note: its claims in reading order, each played from its
 * first citation for that citation's window — a supercut of what the note cites.
 */
export function planTour<Id extends string>(index: TimeIndex<Id>): readonly TourStop<Id>[] {
  return claimIds(index).flatMap((id) => {
    const start = claimTimes(index, id)[0]
    const window = start === undefined ? null : activeWindowAt(index, start)
    return start === undefined || !window ? [] : [{ id, start, end: window.end }]
  })
}
