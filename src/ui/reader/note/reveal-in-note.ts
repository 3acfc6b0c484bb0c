import { prefersReducedMotion } from './claim-dom.ts'

export type RevealBlock = 'center' | 'nearest' | 'start'

export interface RevealOptions {
  /** `center`: to the middle; `nearest`: only as far as needed; `start`: to the top (a heading). */
  readonly block: RevealBlock
  /** Jump rather than glide (a reveal the note had waiting before it was on screen). */
  readonly instant?: boolean
  /** Glide only this many pane heights; further, jump (following at speed: see use-follow-scroll.ts). */
  readonly glideWithin?: number
  /**
   * Leave the pane still while the part lies wholly inside it, at least this
   * fraction of the pane's height from its top and bottom edges (following:
   * a claim already in easy view needs no scroll, and each scroll costs work).
   */
  readonly unlessWithin?: number
}

/** Room kept between the pane's edge and a part shown from its top (a heading, a tall claim). */
const EDGE_MARGIN = 16

interface Extent {
  readonly top: number
  readonly height: number
}

/**
 * The pane's scroll position that shows `part` (in the same coordinates as
 * `view`, the pane's visible box) as `block` asks: its middle on the pane's
 * middle, its top near the pane's top, or the least move that brings it in.
 * A part taller than the pane is shown from its top.
 */
export function revealScrollTop(
  scrollTop: number,
  view: Extent,
  part: Extent,
  block: RevealBlock,
): number {
  const offset = part.top - view.top
  const tall = part.height + 2 * EDGE_MARGIN > view.height
  let lead: number
  if (block === 'start' || tall) lead = EDGE_MARGIN
  else if (block === 'center') lead = (view.height - part.height) / 2
  else if (offset < EDGE_MARGIN) lead = EDGE_MARGIN
  else if (offset + part.height > view.height - EDGE_MARGIN)
    lead = view.height - EDGE_MARGIN - part.height
  else return scrollTop
  return Math.max(0, scrollTop + offset - lead)
}

/** Whether `part` lies wholly inside `view`, at least `margin` of the view's height from both its edges. */
export function isWellInView(view: Extent, part: Extent, margin: number): boolean {
  const room = margin * view.height
  return part.top >= view.top + room && part.top + part.height <= view.top + view.height - room
}

/**
 * The one way the reader brings a part of the note into view — a claim it goes
 * to or follows, a heading the outline chose. Only the note's own scroll pane
 * (`[data-note-pane]`) moves, never the page, whose other parts (the video
 * pinned on a phone) would then cover the note. Instant when motion is reduced.
 */
export function revealInNote(element: HTMLElement, options: RevealOptions): void {
  const instant = options.instant || prefersReducedMotion()
  const pane = element.closest<HTMLElement>('[data-note-pane]')
  if (!pane) {
    element.scrollIntoView({ block: options.block, behavior: instant ? 'instant' : 'smooth' })
    return
  }
  const view = pane.getBoundingClientRect()
  const box = element.getBoundingClientRect()
  const visible = { top: view.top + pane.clientTop, height: pane.clientHeight }
  const part = { top: box.top, height: box.height }
  if (options.unlessWithin !== undefined && isWellInView(visible, part, options.unlessWithin))
    return
  const top = revealScrollTop(pane.scrollTop, visible, part, options.block)
  const far =
    options.glideWithin !== undefined &&
    Math.abs(top - pane.scrollTop) > options.glideWithin * pane.clientHeight
  pane.scrollTo({ top, behavior: instant || far ? 'instant' : 'smooth' })
}
