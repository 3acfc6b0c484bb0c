import type { ClaimId } from '../../../note/model.ts'

/** The DOM element of a claim in the note, if it is there. */
export function claimElement(root: ParentNode, id: ClaimId): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
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
