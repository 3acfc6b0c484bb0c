import type { ClaimId } from '../../../note/model.ts'

/** The DOM element of a claim in the note, if it is there. */
export function claimElement(root: ParentNode, id: ClaimId): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Room kept above a claim too tall for the note's visible part, which is then shown from its top. */
const TALL_CLAIM_MARGIN = 16

interface Extent {
  readonly top: number
  readonly height: number
}

/**
 * The scroll position that puts a claim in the middle of the visible part of
 * its pane (`view`, in the same coordinates as `claim`), or its top near the
 * pane's top when it is taller than that part.
 */
export function centredScrollTop(scrollTop: number, view: Extent, claim: Extent): number {
  const offset = claim.top - view.top
  const lead =
    claim.height + 2 * TALL_CLAIM_MARGIN > view.height
      ? TALL_CLAIM_MARGIN
      : (view.height - claim.height) / 2
  return Math.max(0, scrollTop + offset - lead)
}

/**
 * Brings a claim to the middle of the note pane (`[data-note-pane]`); instantly
 * when motion is reduced. Only the pane scrolls: never the page, whose other
 * parts (a pinned video on a phone) would then cover the note.
 */
export function scrollClaimIntoView(
  element: HTMLElement,
  { instant = false }: { readonly instant?: boolean } = {},
): void {
  const behavior = instant || prefersReducedMotion() ? 'instant' : 'smooth'
  const pane = element.closest<HTMLElement>('[data-note-pane]')
  if (!pane) {
    element.scrollIntoView({ block: 'center', behavior })
    return
  }
  const view = pane.getBoundingClientRect()
  const box = element.getBoundingClientRect()
  pane.scrollTo({
    top: centredScrollTop(
      pane.scrollTop,
      { top: view.top + pane.clientTop, height: pane.clientHeight },
      { top: box.top, height: box.height },
    ),
    behavior,
  })
}

/** The claim nearest the middle of the scroller's visible part, among the given ones. */
export function claimNearestViewport(
  scroller: HTMLElement,
  ids: readonly ClaimId[],
): ClaimId | null {
  const view = scroller.getBoundingClientRect()
  const middle = (view.top + view.bottom) / 2
  let best: { id: ClaimId; distance: number } | null = null
  for (const id of ids) {
    const rect = claimElement(scroller, id)?.getBoundingClientRect()
    if (!rect) continue
    const distance =
      rect.bottom < middle ? middle - rect.bottom : rect.top > middle ? rect.top - middle : 0
    if (!best || distance < best.distance) best = { id, distance }
  }
  return best?.id ?? null
}

/** The first claim whose box is inside the scroller's visible part. */
export function firstClaimInView(scroller: HTMLElement): ClaimId | null {
  const view = scroller.getBoundingClientRect()
  for (const element of scroller.querySelectorAll<HTMLElement>('[data-claim-id]')) {
    const rect = element.getBoundingClientRect()
    if (rect.bottom > view.top && rect.top < view.bottom)
      return element.dataset['claimId'] as ClaimId
  }
  return null
}
