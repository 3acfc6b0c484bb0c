import type { ClaimId, NoteDocument } from '../../../note/model.ts'
import type { Interval, Seconds } from '../../../time/seconds.ts'
import { toSeconds } from '../../../time/seconds.ts'
import type { TimeWindow } from '../../../time/time-index.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'

/** One citation on the timeline: a mark, and a stop for the keyboard. */
export interface MarkStop {
  readonly id: ClaimId
  readonly seconds: Seconds
  /** The claim's section, for the mark's colour. */
  readonly section: number
  /** Which of the claim's citations this is (0-based, as written): keys the mark. */
  readonly citation: number
}

/** What the bar spans: the video's duration, or a guess until the player knows it. */
export interface TimelineSpan {
  readonly end: Seconds
  /** True while the duration is a guess from the citations (DESIGN §3: never a blank bar). */
  readonly approximate: boolean
}

/** Seconds past the last citation the bar reaches while the video's duration is unknown. */
export const UNKNOWN_DURATION_MARGIN = 60

/** Words of a claim a tooltip shows before it trails off. */
export const TOOLTIP_WORDS = 8

/**
 * Where t falls on a bar spanning `[0, end]`, in percent, clamped to 0–100; 0
 * for an empty span. Rounded to 4 decimals (a ten-thousandth of a percent is
 * far below a pixel), so styles read `4.57%`, not `4.569999999999999%`.
 */
export function percentOf(t: number, end: number): number {
  if (!(end > 0)) return 0
  return roundPercent(Math.min(100, Math.max(0, (t / end) * 100)))
}

/** Where a stretch lies on a bar spanning `[0, end]`: its left edge and width, in percent. */
export function placeOf(interval: Interval, end: number): { left: number; width: number } {
  const left = percentOf(interval.start, end)
  return { left, width: roundPercent(Math.max(0, percentOf(interval.end, end) - left)) }
}

function roundPercent(percent: number): number {
  return Math.round(percent * 1e4) / 1e4
}

/** The time at a fraction (0–1, clamped) of a bar spanning `[0, end]`. */
export function timeAtFraction(fraction: number, end: number): Seconds {
  return toSeconds(Math.min(1, Math.max(0, fraction)) * Math.max(0, end))
}

/**
 * The bar's span: the duration when the player knows it, else
 * `max(last citation + 60, 1)`, marked approximate.
 */
export function timelineSpan(duration: Seconds | null, stops: readonly MarkStop[]): TimelineSpan {
  if (duration !== null && duration > 0) return { end: duration, approximate: false }
  const last = stops.at(-1)?.seconds ?? 0
  return { end: toSeconds(Math.max(last + UNKNOWN_DURATION_MARGIN, 1)), approximate: true }
}

/**
 * Every citation of the note in video order — the marks and the keyboard's
 * stops. Ties keep reading order, then the order the claim writes them.
 */
export function markStops(doc: NoteDocument): readonly MarkStop[] {
  const stops = doc.claims.flatMap((claim) =>
    claim.citations.map((c, citation) => ({
      id: claim.id,
      seconds: c.seconds,
      section: claim.section,
      citation,
    })),
  )
  // toSorted is stable: claims are in reading order already.
  return stops.toSorted((a, b) => a.seconds - b.seconds)
}

/**
 * The stretches of the video the note covers: the citation windows merged
 * where they touch or overlap, sorted. What lies between them is uncovered.
 */
export function coveredSpans(windows: readonly Pick<TimeWindow, 'interval'>[]): Interval[] {
  const spans: Interval[] = []
  for (const { interval } of windows.toSorted((a, b) => a.interval.start - b.interval.start)) {
    const last = spans.at(-1)
    if (last && interval.start <= last.end) {
      spans[spans.length - 1] = {
        start: last.start,
        end: toSeconds(Math.max(last.end, interval.end)),
      }
    } else if (interval.end > interval.start) {
      spans.push({ start: interval.start, end: interval.end })
    }
  }
  return spans
}

/**
 * Punctuation and dashes at the end of the cut, which the ellipsis replaces.
 *   [\s,;:.–—-]+   one or more spaces, commas, semicolons, colons, full stops or dashes
 *   $              at the very end
 */
const TRAILING_PUNCTUATION = /[\s,;:.–—-]+$/

/** A claim's first words for a tooltip: `TOOLTIP_WORDS` of them, then `…` when there are more. */
export function firstWords(text: string, count = TOOLTIP_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (words.length <= count) return words.join(' ')
  // `word,…` reads badly: the ellipsis replaces trailing punctuation.
  return `${words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, '')}…`
}

/** The slider's spoken value: `1:10:23 of 3:20:00`, `of about` while the span is a guess. */
export function describePosition(t: number, span: TimelineSpan): string {
  const at = formatTimestamp(Math.min(Math.max(0, t), span.end))
  return `${at} of ${span.approximate ? 'about ' : ''}${formatTimestamp(span.end)}`
}
