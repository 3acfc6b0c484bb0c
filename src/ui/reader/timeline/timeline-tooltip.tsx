import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'
import { sectionColor } from '../outline/section-colors.ts'
import { firstWords, percentOf, type MarkStop } from './timeline-geometry.ts'

interface TimelineTooltipProps {
  readonly id: string
  readonly stop: MarkStop
  readonly end: number
}

/**
 * The one tooltip of the bar: the claim's first words and the citation's time,
 * above the mark under the pointer or the keyboard's stop. It slides from
 * left-aligned at 0 % to right-aligned at 100 %, so it never leaves the bar's width.
 */
export function TimelineTooltip({ id, stop, end }: TimelineTooltipProps): ReactNode {
  const text = useReader((s) => s.claimsById.get(stop.id)?.text ?? '')
  const percent = percentOf(stop.seconds, end)
  return (
    <span
      id={id}
      role="tooltip"
      data-timeline-tooltip=""
      className="pointer-events-none absolute bottom-full z-30 mb-1 flex w-max max-w-[min(18rem,100%)] items-baseline gap-1.5 rounded-md bg-slate-900 px-2 py-1 text-xs leading-snug text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
      style={{ left: `${percent}%`, transform: `translateX(-${percent}%)` }}
    >
      <span
        aria-hidden="true"
        className="size-2 shrink-0 translate-y-px self-center rounded-full"
        style={{ backgroundColor: sectionColor(stop.section) }}
      />
      <span className="font-mono font-semibold tabular-nums">{formatTimestamp(stop.seconds)}</span>
      <span>{firstWords(text)}</span>
    </span>
  )
}
