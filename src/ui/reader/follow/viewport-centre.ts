import type { ClaimId } from '../../../note/model.ts'

/** Where, down the pane, to look for the claim in the middle of the view; then a little above and below. */
const PROBES = [0.5, 0.4, 0.6, 0.3, 0.7] as const

/**
 * Keeps track of the claim in the middle of the note's visible part, read by
 * hit-testing a few points when the pane has scrolled or changed size (at
 * most once a frame) — never when the active claims change, so ranking them
 * reads no layout inside the frame loop (DESIGN §6).
 */
export interface ViewportCentre {
  /** The claim last seen in the middle of the view; null before the first look or over no claim. */
  claim(): ClaimId | null
  disconnect(): void
}

export function watchViewportCentre(scroller: HTMLElement): ViewportCentre {
  let centre: ClaimId | null = null
  let frame = 0
  const look = () => {
    frame = 0
    // jsdom has no hit-testing; there the ranking falls back to reading order.
    if (typeof scroller.ownerDocument.elementFromPoint !== 'function') return
    const box = scroller.getBoundingClientRect()
    const x = box.left + box.width / 2
    for (const at of PROBES) {
      const hit = scroller.ownerDocument.elementFromPoint(x, box.top + box.height * at)
      const claim = hit?.closest<HTMLElement>('[data-claim-id]')
      if (claim && scroller.contains(claim)) {
        centre = claim.dataset['claimId'] as ClaimId
        return
      }
    }
  }
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(look)
  }
  schedule()
  scroller.addEventListener('scroll', schedule, { passive: true })
  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
  resizes?.observe(scroller)
  return {
    claim: () => centre,
    disconnect() {
      cancelAnimationFrame(frame)
      scroller.removeEventListener('scroll', schedule)
      resizes?.disconnect()
    },
  }
}

/**
 * Of several active claims, the one nearest the middle of the view, by their
 * distance in reading order from the claim seen there (the note's order is
 * its order on screen); the first in reading order without one.
 */
export function rankByDistanceFrom(
  ids: readonly ClaimId[],
  centre: ClaimId | null,
  positions: ReadonlyMap<ClaimId, number>,
): ClaimId {
  const from = centre === null ? undefined : positions.get(centre)
  if (from === undefined) return ids[0]!
  let best = ids[0]!
  let distance = Infinity
  for (const id of ids) {
    const d = Math.abs((positions.get(id) ?? Infinity) - from)
    if (d < distance) [best, distance] = [id, d]
  }
  return best
}
