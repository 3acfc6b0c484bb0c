import { type RefObject, useEffect } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import { claimElement, claimNearestViewport } from '../note/claim-dom.ts'
import { revealInNote } from '../note/reveal-in-note.ts'

/** Keys that scroll the note: pressing one is the reader's own navigation. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' '])

/**
 * Playback → text: keeps the primary claim in view while follow is on, leaves
 * follow when the reader scrolls the note themselves (wheel, touch, scroll keys,
 * the scrollbar), and tells the store when the primary claim is off screen.
 * Runs in a store subscription, not in a render.
 */
export function useFollowScroll(scrollerRef: RefObject<HTMLElement | null>): void {
  const store = useReaderStore()

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const state = store.getState()
    state.setViewportRanker((ids) => claimNearestViewport(scroller, ids) ?? ids[0]!)
    const follow = () => {
      const { primaryId, follow: on } = store.getState()
      const element = primaryId && on ? claimElement(scroller, primaryId) : null
      if (element) revealInNote(element, { block: 'center' })
    }
    follow()
    // Scroll on the next frame: the highlight's commit comes first, and the scroll's
    // layout work never delays it (the highlight-lag budget, DESIGN §6).
    let frame = 0
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.primaryId === previous.primaryId && (!next.follow || previous.follow)) return
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(follow)
    })
    const leave = () => {
      if (store.getState().follow) store.getState().setFollow(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && event.target === scroller) leave()
    }
    // A press on the scroller itself, not on its content, is a press on its scrollbar.
    const onPointer = (event: PointerEvent) => {
      if (event.target === scroller) leave()
    }
    scroller.addEventListener('wheel', leave, { passive: true })
    scroller.addEventListener('touchmove', leave, { passive: true })
    scroller.addEventListener('keydown', onKey)
    scroller.addEventListener('pointerdown', onPointer)
    return () => {
      unsubscribe()
      cancelAnimationFrame(frame)
      state.setViewportRanker(null)
      scroller.removeEventListener('wheel', leave)
      scroller.removeEventListener('touchmove', leave)
      scroller.removeEventListener('keydown', onKey)
      scroller.removeEventListener('pointerdown', onPointer)
    }
  }, [store, scrollerRef])

  useOffscreenTracking(scrollerRef)
}

/** Watches the primary claim and records whether it is above or below the visible note. */
function useOffscreenTracking(scrollerRef: RefObject<HTMLElement | null>): void {
  const store = useReaderStore()
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller || typeof IntersectionObserver === 'undefined') return undefined
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return
        const root = entry.rootBounds ?? scroller.getBoundingClientRect()
        const above = entry.boundingClientRect.bottom <= root.top
        store.getState().setOffscreen(entry.isIntersecting ? null : above ? 'above' : 'below')
      },
      { root: scroller },
    )
    const watch = (id: ClaimId | null) => {
      observer.disconnect()
      const element = id ? claimElement(scroller, id) : null
      if (element) observer.observe(element)
      else store.getState().setOffscreen(null)
    }
    watch(store.getState().primaryId)
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.primaryId !== previous.primaryId) watch(next.primaryId)
    })
    return () => {
      unsubscribe()
      observer.disconnect()
    }
  }, [store, scrollerRef])
}
