import { useCallback, type RefObject } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import { citationAfter, citationBefore, claimAfter, claimBefore } from '../../../time/time-index.ts'
import { firstClaimInView } from '../note/claim-dom.ts'
import type { ReaderAction } from './key-bindings.ts'
import { useGoToClaim, usePlayback } from '../playback-context.ts'
import { useTour } from '../tour/tour-context.ts'

export interface ReaderUi {
  readonly scroller: RefObject<HTMLElement | null>
  openSearch(): void
  openHelp(): void
}

/** Going to a claim from a key: play it, show it, and put the keyboard on it. */
const FROM_A_KEY = { play: true, reveal: 'center', focus: true } as const

/** Carries out a reader action, whichever key or button asked for it. */
export function useReaderActions(ui: ReaderUi): (action: ReaderAction) => void {
  const store = useReaderStore()
  const playback = usePlayback()
  const goToClaim = useGoToClaim()
  const tour = useTour()
  return useCallback(
    (action: ReaderAction) => {
      const state = store.getState()
      const scroller = ui.scroller.current
      const inView = () => (scroller ? firstClaimInView(scroller) : null)
      const first = () => state.index.order[0] ?? null
      /** Moves the keyboard along the note without playing: the reader's own navigation. */
      const moveFocus = (step: typeof claimAfter) => {
        const from = state.cursorId ?? inView()
        const to =
          from === null ? first() : state.cursorId === null ? from : step(state.index, from)
        if (to === null) return
        state.setFollow(false)
        state.setCursor(to)
        state.revealClaim({ id: to, block: 'center', focus: true })
      }
      const playNext = (step: typeof claimAfter) => {
        const from = state.primaryId ?? state.cursorId ?? inView()
        const to = from === null ? first() : step(state.index, from)
        if (to !== null) goToClaim(to, FROM_A_KEY)
      }
      const playMoment = (moment: { seconds: number; id: ClaimId } | null) => {
        if (moment) goToClaim(moment.id, { ...FROM_A_KEY, at: moment.seconds })
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
        case 'play-claim':
          if (state.cursorId) goToClaim(state.cursorId, { play: true })
          return
        case 'next-claim':
          return state.tour ? tour.skip() : playNext(claimAfter)
        case 'previous-claim':
          return state.tour ? tour.back() : playNext(claimBefore)
        case 'next-citation':
          return playMoment(citationAfter(state.index, now))
        case 'previous-citation':
          return playMoment(citationBefore(state.index, now))
        case 'back-to-now':
          if (state.primaryId)
            goToClaim(state.primaryId, {
              seek: false,
              follow: true,
              reveal: 'center',
              cursor: false,
            })
          else state.setFollow(true)
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
    [store, playback, goToClaim, tour, ui],
  )
}
