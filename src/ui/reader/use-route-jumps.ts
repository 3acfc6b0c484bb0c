import { type RefObject, useEffect, useRef } from 'react'
import type { ClaimId } from '../../note/model.ts'
import { useReaderStore } from '../../store/use-reader.ts'
import type { Route } from '../route.ts'
import { claimElement, scrollClaimIntoView } from './note/claim-dom.ts'
import { usePlayback } from './playback-context.ts'

/**
 * A link followed while the note is open (`?t=` or `?claim=` on the same note)
 * cues that moment: the video goes there without starting, and a linked claim
 * comes into view with the keyboard on it. The first route is the session's.
 */
export function useRouteJumps(route: Route, scroller: RefObject<HTMLElement | null>): void {
  const store = useReaderStore()
  const playback = usePlayback()
  const first = useRef(route)
  useEffect(() => {
    if (route === first.current) return
    const state = store.getState()
    const claim = route.claim === null ? undefined : state.claimsById.get(route.claim as ClaimId)
    const t = route.t ?? claim?.citations[0]?.seconds
    if (t === undefined) return
    playback.seek(t, claim ? { chosen: claim.id } : {})
    if (!claim) return
    state.setCursor(claim.id)
    const element = scroller.current ? claimElement(scroller.current, claim.id) : null
    if (element) {
      scrollClaimIntoView(element)
      element.focus({ preventScroll: true })
    }
  }, [route, store, playback, scroller])
}
