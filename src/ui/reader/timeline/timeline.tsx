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
 * keyboard, with the marks as its stops; hovering a mark names its claim,
 * clicking seeks.
 */
export function Timeline(): ReactNode {
  const doc = useReader((s) => s.doc)
  const index = useReader((s) => s.index)
  const clock = useReader((s) => s.clock)
  const duration = useReader((s) => s.duration)
  const stops = useMemo(() => markStops(doc), [doc])
  const covered = useMemo(() => coveredSpans(windowsOf(index)), [index])
  const span = useMemo(() => timelineSpan(duration, stops), [duration, stops])
  const bar = useRef<HTMLDivElement>(null)
  const playhead = useRef<HTMLSpanElement>(null)
  const tooltipId = useId()
  const { shown, handlers } = useTimelineInput(stops, span)
  useTimelineClock(clock, span, bar, playhead)

  // The clock's subscription keeps these current; a render (hover, duration) starts them afresh.
  const now = clock.now()
  const value = wholeSecondsOn(now, span)
  return (
    <div className="pt-1 pb-2">
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
        aria-describedby={shown ? tooltipId : undefined}
        title={span.approximate ? APPROXIMATE_TITLE : undefined}
        {...handlers}
        className="relative h-10 cursor-pointer touch-manipulation rounded-sm select-none focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-amber-500"
      >
        <TimelineMarks
          stops={stops}
          covered={covered}
          end={span.end}
          approximate={span.approximate}
        />
        <span
          ref={playhead}
          data-timeline-playhead=""
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 z-20 w-0.5 -translate-x-1/2 bg-slate-900 shadow-[0_0_0_1px_white] before:absolute before:top-0 before:left-1/2 before:size-2.5 before:-translate-x-1/2 before:rounded-full before:bg-inherit before:shadow-[0_0_0_1.5px_white] dark:bg-white dark:shadow-[0_0_0_1px_var(--color-slate-950)] dark:before:shadow-[0_0_0_1.5px_var(--color-slate-950)]"
          style={{ left: `${percentOf(now, span.end)}%` }}
        />
        {shown && <TimelineTooltip id={tooltipId} stop={shown} end={span.end} />}
      </div>
    </div>
  )
}
