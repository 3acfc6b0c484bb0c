import { memo, type ReactNode } from 'react'
import type { Interval } from '../../../time/seconds.ts'
import { ClaimFlag } from '../../../store/claim-flags.ts'
import { useClaimFlags } from '../note/use-claim-flags.ts'
import { useProgressiveCount } from '../../use-progressive-count.ts'
import { sectionColor } from '../outline/section-colors.ts'
import { percentOf, placeOf, type MarkStop } from './timeline-geometry.ts'

interface TimelineMarksProps {
  readonly stops: readonly MarkStop[]
  readonly covered: readonly Interval[]
  readonly end: number
  /** The end is a guess: the track fades out there instead of stopping. */
  readonly approximate: boolean
  /** The note's slug: another note's marks are laid again from the first. */
  readonly slug: string
}

/**
 * Marks laid per task. Thousands of absolutely placed marks cost seconds of
 * layout at once on a slow machine; a few hundred at a time never make a long task.
 */
const MARKS_PER_STEP = 400

/**
 * The bar's still parts: the track, the stretches the note covers shaded on it,
 * and one mark per citation. Memoised: hovering and the clock never re-render it;
 * a change of the active claims re-renders only the marks that changed. A long
 * note's marks are laid a few hundred at a time, after the note is on screen.
 */
export const TimelineMarks = memo(function TimelineMarks({
  stops,
  covered,
  end,
  approximate,
  slug,
}: TimelineMarksProps): ReactNode {
  const shown = useProgressiveCount(slug, stops.length, MARKS_PER_STEP, MARKS_PER_STEP)
  return (
    <>
      <span
        aria-hidden="true"
        className="absolute inset-x-0 top-1/2 h-3 -translate-y-1/2 overflow-hidden rounded-sm bg-slate-100 ring-1 ring-slate-300 ring-inset dark:bg-slate-900 dark:ring-slate-700"
      >
        {covered.map((span) => {
          const { left, width } = placeOf(span, end)
          return (
            <span
              key={span.start}
              data-timeline-covered=""
              className="absolute inset-y-0 bg-slate-300 dark:bg-slate-600"
              style={{ left: `${left}%`, width: `${width}%` }}
            />
          )
        })}
        {approximate && (
          <span className="absolute inset-y-0 right-0 w-10 bg-linear-to-r from-transparent to-white dark:to-slate-950" />
        )}
      </span>
      {/* Full containment, on a layer of its own: the playhead moving every frame, the
          clock, or the note scrolling never lays out or paints again thousands of marks.
          The clip margin leaves room for an active mark's ring at the bar's ends. */}
      <span
        aria-hidden="true"
        className="absolute inset-0 [contain:strict] [overflow-clip-margin:8px] will-change-transform"
      >
        {Array.from({ length: Math.ceil(shown / MARKS_PER_STEP) }, (_, group) => (
          <MarkGroup
            key={group}
            stops={stops}
            from={group * MARKS_PER_STEP}
            to={Math.min(shown, (group + 1) * MARKS_PER_STEP)}
            end={end}
          />
        ))}
      </span>
    </>
  )
})

interface MarkGroupProps {
  readonly stops: readonly MarkStop[]
  readonly from: number
  readonly to: number
  readonly end: number
}

/**
 * A few hundred marks, contained on their own: a change of active mark paints
 * again its group only, and the browser reuses what it painted of the others.
 */
const MarkGroup = memo(function MarkGroup({ stops, from, to, end }: MarkGroupProps): ReactNode {
  return (
    <span className="absolute inset-0 [contain:strict] [overflow-clip-margin:8px]">
      {stops.slice(from, to).map((stop, i) => (
        <Mark key={`${stop.id}@${stop.citation}`} stop={stop} index={from + i} end={end} />
      ))}
    </span>
  )
})

interface MarkProps {
  readonly stop: MarkStop
  /** The stop's place in video order: a click sent to the mark's element finds it by `data-stop`. */
  readonly index: number
  readonly end: number
}

/**
 * One citation's mark, in its section's colour; taller and ringed while its
 * claim is active. Not a button: the bar is one slider with the marks as its
 * stops, so a long note does not add a tab stop per citation. It has no
 * listener and no widened box: the bar picks the mark nearest the pointer.
 */
const Mark = memo(function Mark({ stop, index, end }: MarkProps): ReactNode {
  const active = (useClaimFlags(stop.id) & ClaimFlag.ACTIVE) !== 0
  return (
    <span
      aria-hidden="true"
      data-timeline-mark=""
      data-claim-id={stop.id}
      data-seconds={stop.seconds}
      data-stop={index}
      data-active={active ? '' : undefined}
      className="timeline-mark"
      style={{
        left: `${percentOf(stop.seconds, end)}%`,
        backgroundColor: sectionColor(stop.section),
      }}
    />
  )
})
