import { type RefObject, useEffect } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import type { ReaderStore } from '../../../store/reader-store.ts'
import { type ClaimElements, watchClaimElements } from '../note/claim-elements.ts'
import { revealInNote } from '../note/reveal-in-note.ts'
import { rankByDistanceFrom, watchViewportCentre } from './viewport-centre.ts'

/** Keys that scroll the note: pressing one is the reader's own navigation. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' '])

/**
 * A follow scroll this soon after the last one jumps: the primary claim moves
 * faster than a glide ends (at 16× it can change every few frames), and a
 * glide restarted every few frames never arrives and keeps the page busy.
 */
const GLIDE_GAP_MS = 1000
/**
 * Follow scrolls come at most this often; one asked for sooner waits and goes
 * to the primary claim of its time. Each scroll to a new part of a long note
 * lays that part out; at 16× the primary claim can change every few frames,
 * faster than anyone reads, and the highlight itself never waits.
 */
const FOLLOW_GAP_MS = 250
/**
 * A primary claim at least this fraction of the pane's height inside both of
 * its edges is in easy view, and following leaves the pane still: at speed
 * the next claims are mostly near it, and the pane moves only when the
 * video's place in the note has moved on.
 */
const IN_VIEW_MARGIN = 0.15
/** A follow scroll further than this many pane heights jumps: a long glide shows nothing but blur. */
const GLIDE_WITHIN_PANES = 2

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
    const claims = watchClaimElements(scroller)
    const centre = watchViewportCentre(scroller)
    state.setViewportRanker((ids) =>
      rankByDistanceFrom(ids, centre.claim(), store.getState().index.positions),
    )
    let lastFollow = -Infinity
    let later: ReturnType<typeof setTimeout> | undefined
    const follow = () => {
      const { primaryId, follow: on } = store.getState()
      const element = primaryId && on ? claims.element(primaryId) : null
      if (!element) return
      const now = performance.now()
      clearTimeout(later)
      if (now - lastFollow < FOLLOW_GAP_MS) {
        later = setTimeout(follow, lastFollow + FOLLOW_GAP_MS - now)
        return
      }
      const rapid = now - lastFollow < GLIDE_GAP_MS
      lastFollow = now
      revealInNote(element, {
        block: 'center',
        instant: rapid,
        glideWithin: GLIDE_WITHIN_PANES,
        unlessWithin: IN_VIEW_MARGIN,
      })
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
    const stopTracking = trackOffscreen(store, scroller, claims)
    scroller.addEventListener('wheel', leave, { passive: true })
    scroller.addEventListener('touchmove', leave, { passive: true })
    scroller.addEventListener('keydown', onKey)
    scroller.addEventListener('pointerdown', onPointer)
    return () => {
      unsubscribe()
      cancelAnimationFrame(frame)
      clearTimeout(later)
      state.setViewportRanker(null)
      centre.disconnect()
      claims.disconnect()
      scroller.removeEventListener('wheel', leave)
      scroller.removeEventListener('touchmove', leave)
      scroller.removeEventListener('keydown', onKey)
      scroller.removeEventListener('pointerdown', onPointer)
      stopTracking()
    }
  }, [store, scrollerRef])
}

/** Watches the primary claim and records whether it is above or below the visible note. */
function trackOffscreen(
  store: ReaderStore,
  scroller: HTMLElement,
  claims: ClaimElements,
): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {}
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
    const element = id ? claims.element(id) : null
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
}
