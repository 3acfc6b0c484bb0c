import type { ClaimId } from '../note/model.ts'
import type { ReaderStore } from '../store/reader-store.ts'
import { planTour, type TourStop } from '../time/tour-plan.ts'
import type { GoToClaim } from './go-to-claim.ts'
import type { PlaybackCommands } from './playback-sync.ts'

/** How far outside the current stop the time may stray before the reader is taken to have left. */
const LEAVE_SLACK_SECONDS = 1.5
/** A next stop that starts this close to where playback is needs no seek. */
const SEAMLESS_SECONDS = 0.5

export interface GuidedTour {
  /** Plays the note in reading order from the given claim (default: the first). */
  start(from?: ClaimId | null): void
  skip(): void
  back(): void
  stop(): void
  /** Lets the tour go with its note, saying nothing. */
  dispose(): void
}

/**
 * "Play the note": each claim's cited moment for its window, then on to the
 * next claim in reading order. Each claim is shown as it plays, follow on or
 * off: the reader asked to be shown. Any other move of the time — a click on
 * another claim, a key, a seek in YouTube's own controls — ends the tour and
 * leaves playback as it is. The store says where the tour is, and how it ended.
 */
export function createGuidedTour(
  store: ReaderStore,
  playback: PlaybackCommands,
  goToClaim: GoToClaim,
): GuidedTour {
  const stops: readonly TourStop<ClaimId>[] = planTour(store.getState().index)
  let at: number | null = null
  let unsubscribe: (() => void) | null = null

  const go = (i: number, seek: boolean) => {
    const stop = stops[i]
    if (!stop) return end(true)
    at = i
    store.getState().setTour({ stop: i, total: stops.length })
    goToClaim(stop.id, {
      ...(seek ? { at: stop.start, play: true } : { seek: false }),
      reveal: 'center',
      cursor: false,
    })
  }

  /** Ends the tour; `finished` when it ran out of claims, else the reader stopped or left it. */
  const end = (finished: boolean, say = true) => {
    unsubscribe?.()
    unsubscribe = null
    const reached = finished ? stops.length : at === null ? 0 : at + 1
    const running = at !== null
    at = null
    store.getState().setTour(null)
    if (say && running) store.getState().setTourEnd({ finished, reached, total: stops.length })
  }

  const follow = (t: number) => {
    const stop = at === null ? undefined : stops[at]
    if (!stop) return
    if (t < stop.start - LEAVE_SLACK_SECONDS || t > stop.end + LEAVE_SLACK_SECONDS)
      return end(false)
    if (t < stop.end) return
    const next = stops[at! + 1]
    if (!next) {
      playback.pause()
      return end(true)
    }
    go(at! + 1, Math.abs(next.start - t) > SEAMLESS_SECONDS)
  }

  return {
    start(from = null) {
      if (stops.length === 0) return
      const i = Math.max(
        0,
        stops.findIndex((stop) => stop.id === from),
      )
      unsubscribe ??= store.getState().clock.subscribe(follow)
      go(i, true)
    },
    skip: () => (at === null ? undefined : go(at + 1, true)),
    back: () => (at === null ? undefined : go(Math.max(0, at - 1), true)),
    stop: () => end(false),
    dispose: () => end(false, false),
  }
}
