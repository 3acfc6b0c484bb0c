import type { ClaimId } from '../../../note/model.ts'
import type { MarkStop } from './timeline-geometry.ts'

/**
 * How close to a stop's time the playback may be and still count as sitting on
 * it: a stop just reached by key, still there after a second or two of playing.
 */
export const ON_STOP_GRACE = 2

/** Where the keyboard is among the stops: the one it last went to, and the time now. */
export interface StopCursor {
  readonly now: number
  /** The stop last reached by key or click, if any; ignored once the video has moved on. */
  readonly remembered: number | null
  /** The primary active claim: at its citation, the keyboard is on its stop. */
  readonly primaryId: ClaimId | null
}

const sitsOn = (stop: MarkStop | undefined, now: number): boolean =>
  stop !== undefined && Math.abs(now - stop.seconds) <= ON_STOP_GRACE

/**
 * The stop the keyboard is on, or null: the remembered one while the video is
 * still at it, else the primary claim's citation at the current time. Several
 * claims may cite one second; each is its own stop.
 */
export function currentStop(stops: readonly MarkStop[], cursor: StopCursor): number | null {
  const { now, remembered, primaryId } = cursor
  if (remembered !== null && sitsOn(stops[remembered], now)) return remembered
  if (primaryId === null) return null
  const at = stops.findLastIndex((stop) => stop.id === primaryId && sitsOn(stop, now))
  return at === -1 ? null : at
}

/**
 * The stop → goes to: the one after the current stop, else the first citation
 * later than now (by more than half a second, so a seek that just landed moves
 * on). Null after the last.
 */
export function nextStop(stops: readonly MarkStop[], cursor: StopCursor): number | null {
  const current = currentStop(stops, cursor)
  if (current !== null) return current + 1 < stops.length ? current + 1 : null
  const at = stops.findIndex((stop) => stop.seconds > cursor.now + 0.5)
  return at === -1 ? null : at
}

/**
 * The stop ← goes to: the one before the current stop, else the latest
 * citation more than the grace before now, so ← a while into a citation goes
 * back to its start, like a media player's "previous". Null before the first.
 */
export function previousStop(stops: readonly MarkStop[], cursor: StopCursor): number | null {
  const current = currentStop(stops, cursor)
  if (current !== null) return current > 0 ? current - 1 : null
  const at = stops.findLastIndex((stop) => stop.seconds < cursor.now - ON_STOP_GRACE)
  return at === -1 ? null : at
}

/** What a key on the slider asks for: go to a stop, move by some seconds, or nothing more. */
export type TimelineMove =
  | { readonly type: 'stop'; readonly index: number }
  | { readonly type: 'by'; readonly seconds: number }
  | { readonly type: 'none' }

/** The big step of PageUp and PageDown, in seconds. */
export const PAGE_STEP = 60

/**
 * The move a key asks for on the timeline slider, or null for keys it leaves
 * to the page. →/↑ and ←/↓ go to the next and previous stop, Home and End to
 * the first and last, PageUp and PageDown a minute forward and back (the ARIA
 * slider pattern: PageUp increases the value).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/slider/
 */
export function moveForKey(
  key: string,
  stops: readonly MarkStop[],
  cursor: StopCursor,
): TimelineMove | null {
  const toStop = (index: number | null): TimelineMove =>
    index === null || stops[index] === undefined ? { type: 'none' } : { type: 'stop', index }
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return toStop(nextStop(stops, cursor))
    case 'ArrowLeft':
    case 'ArrowDown':
      return toStop(previousStop(stops, cursor))
    case 'Home':
      return toStop(0)
    case 'End':
      return toStop(stops.length - 1)
    case 'PageUp':
      return { type: 'by', seconds: PAGE_STEP }
    case 'PageDown':
      return { type: 'by', seconds: -PAGE_STEP }
    default:
      return null
  }
}
