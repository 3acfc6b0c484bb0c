import { type RefObject, useEffect } from 'react'
import type { RevealRequest } from '../../../store/reading-slice.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import { claimElement } from './claim-dom.ts'
import { revealInNote } from './reveal-in-note.ts'

/**
 * Carries out the reveals `goToClaim` asks for, in a store subscription: the
 * focus moves at once, the scroll on the next frame (the highlight's commit
 * comes first; the latest reveal of a frame wins). A reveal asked for before
 * the note was on screen (the link the note was opened at) jumps there. A
 * long note is built a run at a time: a reveal of a claim not built yet waits
 * for it and jumps there when it comes.
 */
export function useClaimReveal(scrollerRef: RefObject<HTMLElement | null>): void {
  const store = useReaderStore()
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    let frame = 0
    let awaited: MutationObserver | null = null
    const reveal = (request: RevealRequest, instant: boolean) => {
      cancelAnimationFrame(frame)
      awaited?.disconnect()
      awaited = null
      const element = claimElement(scroller, request.id)
      if (!element) {
        awaitClaim(request)
        return
      }
      if (request.focus) element.focus({ preventScroll: true })
      const scroll = () => revealInNote(element, { block: request.block, instant })
      if (instant) scroll()
      else frame = requestAnimationFrame(scroll)
    }
    const awaitClaim = (request: RevealRequest) => {
      if (typeof MutationObserver === 'undefined') return
      awaited = new MutationObserver(() => {
        if (store.getState().reveal === request && claimElement(scroller, request.id))
          reveal(request, true)
      })
      awaited.observe(scroller, { childList: true, subtree: true })
    }
    const waiting = store.getState().reveal
    if (waiting) reveal(waiting, true)
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.reveal && next.reveal !== previous.reveal) reveal(next.reveal, false)
    })
    return () => {
      cancelAnimationFrame(frame)
      awaited?.disconnect()
      unsubscribe()
    }
  }, [store, scrollerRef])
}
