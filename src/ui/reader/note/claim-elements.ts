import type { ClaimId } from '../../../note/model.ts'

const CLAIM = '[data-claim-id]'

/**
 * The note's claim elements by id, kept up to date by a MutationObserver (a
 * long note's claims come a run at a time) instead of queried: finding the
 * claim that became active is a map lookup, not a search of ten thousand
 * elements (DESIGN §6: nothing proportional to the note when it changes).
 */
export interface ClaimElements {
  element(id: ClaimId): HTMLElement | null
  disconnect(): void
}

export function watchClaimElements(scroller: HTMLElement): ClaimElements {
  const elements = new Map<ClaimId, HTMLElement>()
  const add = (element: HTMLElement) => {
    const id = element.dataset['claimId'] as ClaimId
    if (elements.get(id) === element) return
    elements.set(id, element)
  }
  const addWithin = (node: Node) => {
    if (!(node instanceof HTMLElement)) return
    if (node.matches(CLAIM)) add(node)
    node.querySelectorAll<HTMLElement>(CLAIM).forEach(add)
  }
  const remove = (node: Node) => {
    if (!(node instanceof HTMLElement)) return
    for (const element of [node, ...node.querySelectorAll<HTMLElement>(CLAIM)]) {
      const id = element.dataset['claimId'] as ClaimId | undefined
      if (id === undefined || elements.get(id) !== element) continue
      elements.delete(id)
    }
  }
  const mutations =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver((records) => {
          for (const record of records) {
            record.removedNodes.forEach(remove)
            record.addedNodes.forEach(addWithin)
          }
        })
  mutations?.observe(scroller, { childList: true, subtree: true })
  scroller.querySelectorAll<HTMLElement>(CLAIM).forEach(add)

  return {
    element(id) {
      const known = elements.get(id)
      if (known?.isConnected) return known
      // Not seen yet (the observer reports after this task): ask the DOM.
      const found = scroller.querySelector<HTMLElement>(
        `${CLAIM}[data-claim-id="${CSS.escape(id)}"]`,
      )
      if (found) add(found)
      return found
    },
    disconnect() {
      mutations?.disconnect()
      elements.clear()
    },
  }
}
