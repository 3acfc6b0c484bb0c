import type { ReactNode } from 'react'
import { CitationLabel } from './timeline-citation-label.tsx'
import type { MarkStop } from './timeline-geometry.ts'
import type { PointerPick } from './use-timeline-pointer.ts'

interface TimelineCrowdProps {
  readonly stops: readonly MarkStop[]
  readonly shown: PointerPick
  readonly onChoose: (index: number) => void
  readonly onPreview: (index: number) => void
}

/**
 * The marks too close together for the pointer to tell apart, as a list of
 * buttons in video order: choosing one plays its citation. The picked mark's
 * row is current; hovering or focusing a row picks its mark on the bar.
 */
export function TimelineCrowd({
  stops,
  shown,
  onChoose,
  onPreview,
}: TimelineCrowdProps): ReactNode {
  const rows = stops.slice(shown.first, shown.last + 1)
  const heading = `${rows.length} citations close together`
  return (
    <div
      role="group"
      aria-label={heading}
      data-timeline-crowd=""
      className="border-t border-white/20 py-1 first:border-t-0 dark:border-slate-900/20"
    >
      <p aria-hidden="true" className="px-2 pb-0.5 text-[11px] opacity-75">
        {shown.pinned ? `${heading}: choose one` : heading}
      </p>
      <ul>
        {rows.map((stop, offset) => {
          const index = shown.first + offset
          return (
            <li key={`${stop.id}@${stop.citation}`}>
              <button
                type="button"
                data-timeline-choice={index}
                data-seconds={stop.seconds}
                aria-current={index === shown.index ? 'true' : undefined}
                onClick={() => onChoose(index)}
                onPointerEnter={() => onPreview(index)}
                onFocus={() => onPreview(index)}
                className="flex min-h-8 w-full cursor-pointer items-baseline gap-1.5 px-2 py-1.5 hover:bg-white/15 aria-current:bg-white/20 dark:hover:bg-slate-900/10 dark:aria-current:bg-slate-900/15"
              >
                <CitationLabel stop={stop} />
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
