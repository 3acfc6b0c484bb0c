import { type ReactNode, useId, useMemo, useRef } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { windowsOf } from '../../../time/time-index.ts'
import {
  coveredSpans,
  describePosition,
  markStops,
  percentOf,
  timelineSpan,
} from './timeline-geometry.ts'
import { TimelineMarks } from './timeline-marks.tsx'
import { TimelineTooltip } from './timeline-tooltip.tsx'
import { useTimelineClock, wholeSecondsOn } from './use-timeline-clock.ts'
import { useTimelineInput } from './use-timeline-input.ts'

const APPROXIMATE_TITLE = 'The video’s length is not known yet: the end of the bar is approximate'

/**
 * The whole video as a bar under the player (DESIGN §3): a mark per citation
 * in its section's colour, the stretches the note covers shaded, the playhead
 * moved by the clock on the DOM, never by a render. One slider for the
 * keyboard, with the marks as its stops; the pointer picks the mark nearest
 * to it (never a neighbour's box), names its claim and lists the marks too
 * close to tell apart; clicking plays it, or seeks away from the marks.
 */
export function Timeline(): ReactNode {
  const doc = useReader((s) => s.doc)
  const index = useReader((s) => s.index)
  const clock = useReader((s) => s.clock)
  const duration = useReader((s) => s.duration)
  const stops = useMemo(() => markStops(doc), [doc])
  const covered = useMemo(() => coveredSpans(windowsOf(index)), [index])
  const span = useMemo(() => timelineSpan(duration, stops), [duration, stops])
  const root = useRef<HTMLDivElement>(null)
  const bar = useRef<HTMLDivElement>(null)
  const playhead = useRef<HTMLSpanElement>(null)
  const tooltipId = useId()
  const { shown, choose, preview, barHandlers, rootHandlers } = useTimelineInput(
    stops,
    span,
    root,
    bar,
  )
  useTimelineClock(clock, span, bar, playhead)
  const picked = shown === null ? undefined : stops[shown.index]

  // The clock's subscription keeps these current; a render (hover, duration) starts them afresh.
  const now = clock.now()
  const value = wholeSecondsOn(now, span)
  return (
    <div className="pt-1 pb-2">
      <div ref={root} className="relative" {...rootHandlers}>
        <div
          ref={bar}
          data-timeline=""
          data-approximate={span.approximate ? '' : undefined}
          role="slider"
          tabIndex={0}
          aria-label="Video timeline"
          aria-valuemin={0}
          aria-valuemax={Math.floor(span.end)}
          aria-valuenow={value}
          aria-valuetext={describePosition(value, span)}
          aria-describedby={shown && !shown.pinned ? tooltipId : undefined}
          title={span.approximate ? APPROXIMATE_TITLE : undefined}
          {...barHandlers}
          className="relative h-10 cursor-pointer touch-pan-y rounded-sm select-none"
        >
          <TimelineMarks
            stops={stops}
            covered={covered}
            end={span.end}
            approximate={span.approximate}
            slug={doc.slug}
          />
          <span
            ref={playhead}
            data-timeline-playhead=""
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 z-20 w-0.5 -translate-x-1/2 bg-slate-900 shadow-[0_0_0_1px_white] before:absolute before:top-0 before:left-1/2 before:size-2.5 before:-translate-x-1/2 before:rounded-full before:bg-inherit before:shadow-[0_0_0_1.5px_white] dark:bg-white dark:shadow-[0_0_0_1px_var(--color-slate-950)] dark:before:shadow-[0_0_0_1.5px_var(--color-slate-950)]"
            style={{ left: `${percentOf(now, span.end)}%` }}
          />
          {picked && (
            <span
              data-timeline-pick=""
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 z-20 h-8 w-2 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-slate-900 ring-offset-1 ring-offset-white dark:ring-white dark:ring-offset-slate-950"
              style={{ left: `${percentOf(picked.seconds, span.end)}%` }}
            />
          )}
        </div>
        {shown && (
          <TimelineTooltip
            id={tooltipId}
            stops={stops}
            shown={shown}
            end={span.end}
            onChoose={choose}
            onPreview={preview}
          />
        )}
      </div>
    </div>
  )
}
