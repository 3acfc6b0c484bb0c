import { useEffect, useRef } from 'react'
import type { ClaimId } from '../../note/model.ts'
import { useReaderStore } from '../../store/use-reader.ts'
import type { Route } from '../route.ts'
import { useGoToClaim, usePlayback } from './playback-context.ts'

/**
 * A link followed while the note is open (`?t=` or `?claim=` on the same note)
 * cues that moment: the video goes there without starting, and a linked claim
 * comes into view with the keyboard on it. The first route is the session's.
 */
export function useRouteJumps(route: Route): void {
  const store = useReaderStore()
  const playback = usePlayback()
  const goToClaim = useGoToClaim()
  const first = useRef(route)
  useEffect(() => {
    if (route === first.current) return
    const claim =
      route.claim === null ? undefined : store.getState().claimsById.get(route.claim as ClaimId)
    if (claim)
      goToClaim(claim.id, {
        ...(route.t === null ? {} : { at: route.t }),
        reveal: 'center',
        focus: true,
      })
    else if (route.t !== null) playback.seek(route.t)
  }, [route, store, playback, goToClaim])
}
