import { type ReactNode, useLayoutEffect, useRef } from 'react'
import { CitationLabel } from './timeline-citation-label.tsx'
import { TimelineCrowd } from './timeline-crowd.tsx'
import { percentOf, type MarkStop } from './timeline-geometry.ts'
import type { PointerPick } from './use-timeline-pointer.ts'

interface TimelineTooltipProps {
  readonly id: string
  readonly stops: readonly MarkStop[]
  readonly shown: PointerPick
  readonly end: number
  readonly onChoose: (index: number) => void
  readonly onPreview: (index: number) => void
}

/** Space kept between the panel and the bar, and the panel and the window's edge, in px. */
const PANEL_GAP = 4

/** Room below the bar that is enough for a long list to scroll in rather than go above. */
const ENOUGH_ROOM = 160

/**
 * The bar's one floating panel: the tooltip naming the picked mark's claim and
 * time, and under it the list of the crowd when marks are too close to tell
 * apart (a tapped crowd shows the list alone). It opens below the bar, so it
 * never covers the controls above it, and above only when the window has no
 * room below; it slides from left-aligned at 0 % to right-aligned at 100 %, so
 * it never leaves the bar's width.
 */
export function TimelineTooltip({
  id,
  stops,
  shown,
  end,
  onChoose,
  onPreview,
}: TimelineTooltipProps): ReactNode {
  const panel = useRef<HTMLDivElement>(null)
  const stop = stops[shown.index]
  const crowded = shown.last > shown.first
  // Every render of the panel is a change of what it shows: place it anew.
  useLayoutEffect(() => {
    if (panel.current) placePanel(panel.current)
  })
  if (!stop) return null
  const percent = percentOf(stop.seconds, end)
  return (
    <div
      ref={panel}
      data-timeline-panel=""
      className={`absolute top-full z-30 mt-1 w-max max-w-[min(20rem,100%)] overflow-y-auto overscroll-contain rounded-md bg-slate-900 text-xs leading-snug text-white shadow-lg data-[side=above]:top-auto data-[side=above]:bottom-full data-[side=above]:mt-0 data-[side=above]:mb-1 dark:bg-slate-100 dark:text-slate-900 ${crowded ? '' : 'pointer-events-none'}`}
      style={{ left: `${percent}%`, transform: `translateX(-${percent}%)` }}
    >
      {!shown.pinned && (
        <span
          id={id}
          role="tooltip"
          data-timeline-tooltip=""
          className="flex items-baseline gap-1.5 px-2 py-1"
        >
          <CitationLabel stop={stop} />
        </span>
      )}
      {crowded && (
        <TimelineCrowd stops={stops} shown={shown} onChoose={onChoose} onPreview={onPreview} />
      )}
    </div>
  )
}

/**
 * Opens the panel below its holder when it fits in the window there, or when
 * a long list has room enough to scroll there, or more room than above; else
 * above. Caps its height to the room on that side, so a long list scrolls
 * instead of leaving the window.
 * One layout read per change of the panel, never per frame.
 */
function placePanel(panel: HTMLElement): void {
  const holder = panel.parentElement?.getBoundingClientRect()
  if (!holder) return
  const below = window.innerHeight - holder.bottom - 2 * PANEL_GAP
  const above = holder.top - 2 * PANEL_GAP
  const needed = Math.min(panel.scrollHeight, ENOUGH_ROOM)
  const side = needed <= below || below >= above ? 'below' : 'above'
  panel.dataset['side'] = side
  panel.style.maxHeight = `${Math.max(0, side === 'below' ? below : above)}px`
}
