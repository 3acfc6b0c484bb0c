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

/** The least height the panel gets, in px: the tooltip line and a row of the list. */
const MIN_ROOM = 80

/**
 * The bar's one floating panel: the tooltip naming the picked mark's claim and
 * time, and under it the list of the crowd when marks are too close to tell
 * apart (a tapped crowd shows the list alone). It opens below the bar, so it
 * never covers the controls above it; it slides from left-aligned at 0 % to right-aligned at 100 %, so
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
    if (panel.current) placePanel(panel.current, shown.pinned)
  })
  if (!stop) return null
  const percent = percentOf(stop.seconds, end)
  return (
    <div
      ref={panel}
      data-timeline-panel=""
      className={`absolute top-full z-30 w-max max-w-[min(20rem,100%)] pt-1 ${crowded ? '' : 'pointer-events-none'}`}
      style={{ left: `${percent}%`, transform: `translateX(-${percent}%)` }}
    >
      {/* The padding above joins the panel to the bar: the pointer crosses no gap into the list. */}
      <div className="overflow-y-auto overscroll-contain rounded-md bg-slate-900 text-xs leading-snug text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
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
    </div>
  )
}

/**
 * Caps the panel's height to the window's room below the bar, so a long list
 * scrolls instead of leaving the window. The panel always opens below: above,
 * it would cover the controls. A bar at the window's bottom edge still gets
 * `MIN_ROOM`, past the edge where the page scrolls to it; a list a finger
 * pinned is scrolled into view (the finger is off the screen, nothing moves
 * under it). One layout read per change of the panel, never per frame.
 */
function placePanel(panel: HTMLElement, pinned: boolean): void {
  const holder = panel.parentElement?.getBoundingClientRect()
  if (!holder) return
  const below = window.innerHeight - holder.bottom - 2 * PANEL_GAP
  const box = panel.firstElementChild
  if (box instanceof HTMLElement) box.style.maxHeight = `${Math.max(MIN_ROOM, below)}px`
  if (pinned && below < MIN_ROOM) panel.scrollIntoView({ block: 'nearest' })
}
