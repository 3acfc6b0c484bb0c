import { useCallback, type RefObject } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import { citationAfter, citationBefore, claimAfter, claimBefore } from '../../../time/time-index.ts'
import { claimElement, firstClaimInView, scrollClaimIntoView } from '../note/claim-dom.ts'
import type { ReaderAction } from './keymap.ts'
import { usePlayback } from '../playback-context.ts'
import { useTour } from '../tour/tour-context.ts'

export interface ReaderUi {
  readonly scroller: RefObject<HTMLElement | null>
  openSearch(): void
  openHelp(): void
}

/** Carries out a reader action, whichever key or button asked for it. */
export function useReaderActions(ui: ReaderUi): (action: ReaderAction) => void {
  const store = useReaderStore()
  const playback = usePlayback()
  const tour = useTour()
  return useCallback(
    (action: ReaderAction) => {
      const state = store.getState()
      const scroller = ui.scroller.current
      const show = (id: ClaimId, focus: boolean) => {
        const element = scroller ? claimElement(scroller, id) : null
        if (!element) return
        scrollClaimIntoView(element)
        if (focus) element.focus({ preventScroll: true })
      }
      const playClaim = (id: ClaimId | null) => {
        const claim = id === null ? undefined : state.claimsById.get(id)
        if (!claim) return
        playback.seek(claim.citations[0]!.seconds, { chosen: claim.id, play: true })
        state.setCursor(claim.id)
        show(claim.id, true)
      }
      const playMoment = (moment: { seconds: number; id: ClaimId } | null) => {
        if (!moment) return
        playback.seek(moment.seconds, { chosen: moment.id, play: true })
        state.setCursor(moment.id)
        show(moment.id, true)
      }
      const reference = () =>
        state.primaryId ?? state.cursorId ?? (scroller ? firstClaimInView(scroller) : null)
      const moveFocus = (step: typeof claimAfter) => {
        const from = state.cursorId ?? (scroller ? firstClaimInView(scroller) : null)
        const to =
          from === null
            ? (state.index.order[0] ?? null)
            : state.cursorId === null
              ? from
              : step(state.index, from)
        if (to === null) return
        state.setFollow(false)
        state.setCursor(to)
        show(to, true)
      }
      const now = state.clock.now()
      switch (action) {
        case 'toggle-play':
          return playback.toggle()
        case 'back-10':
        case 'forward-10':
        case 'back-5':
        case 'forward-5':
          return playback.seekBy(
            (action.startsWith('back') ? -1 : 1) * (action.endsWith('10') ? 10 : 5),
          )
        case 'slower':
        case 'faster':
          return playback.stepRate(action === 'faster' ? 1 : -1)
        case 'focus-next-claim':
          return moveFocus(claimAfter)
        case 'focus-previous-claim':
          return moveFocus(claimBefore)
        case 'next-claim':
        case 'previous-claim': {
          if (state.tour) return action === 'next-claim' ? tour.skip() : tour.back()
          const from = reference()
          const step = action === 'next-claim' ? claimAfter : claimBefore
          return playClaim(from === null ? (state.index.order[0] ?? null) : step(state.index, from))
        }
        case 'next-citation':
          return playMoment(citationAfter(state.index, now))
        case 'previous-citation':
          return playMoment(citationBefore(state.index, now))
        case 'back-to-now':
          state.setFollow(true)
          if (state.primaryId) show(state.primaryId, false)
          return
        case 'toggle-follow':
          return state.setFollow(!state.follow)
        case 'search':
          return ui.openSearch()
        case 'help':
          return ui.openHelp()
        case 'stop-tour':
          return tour.stop()
      }
    },
    [store, playback, tour, ui],
  )
}
