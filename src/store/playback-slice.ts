import type { StateCreator } from 'zustand'
import type { ClaimId } from '../note/model.ts'
import type { PlayerFailure } from '../player/player.ts'
import type { Seconds } from '../time/seconds.ts'
import { activeClaimsAt, nextCitedMomentAfter } from '../time/time-index.ts'
import type { ReaderState } from './reader-state.ts'

export type PlayerStatus = 'loading' | 'ready' | 'fallback'

/** What the video is doing, as far as the note needs to know. */
export interface PlaybackSlice {
  readonly status: PlayerStatus
  readonly failure: PlayerFailure | null
  readonly playing: boolean
  readonly rate: number
  readonly duration: Seconds | null
  /** Claims whose citation window holds the current time, in reading order. */
  readonly activeIds: readonly ClaimId[]
  /** The one active claim the reader's eye belongs on (DESIGN §2). */
  readonly primaryId: ClaimId | null
  /** The claim the reader last chose (click, Enter, n/p); it stays primary while active. */
  readonly chosenId: ClaimId | null
  /** In a gap, the next moment the note cites; null while a claim is active or past the last. */
  readonly nextMoment: Seconds | null
  /** Moves the note to time t. Sets state only when the active set changes. */
  applyTime(t: Seconds): void
  choose(id: ClaimId | null): void
  setPlayerState(
    patch: Partial<Pick<PlaybackSlice, 'status' | 'failure' | 'playing' | 'rate' | 'duration'>>,
  ): void
  /** Lets the UI rank active claims by distance from the viewport; null ranks in reading order. */
  setViewportRanker(ranker: ((ids: readonly ClaimId[]) => ClaimId) | null): void
}

export const createPlaybackSlice: StateCreator<ReaderState, [], [], PlaybackSlice> = (set, get) => {
  let ranker: ((ids: readonly ClaimId[]) => ClaimId) | null = null
  const pickPrimary = (ids: readonly ClaimId[], chosen: ClaimId | null): ClaimId | null => {
    if (ids.length === 0) return null
    if (chosen !== null && ids.includes(chosen)) return chosen
    return ids.length > 1 && ranker ? ranker(ids) : ids[0]!
  }
  return {
    status: 'loading',
    failure: null,
    playing: false,
    rate: 1,
    duration: null,
    activeIds: [],
    primaryId: null,
    chosenId: null,
    nextMoment: null,
    applyTime(t) {
      const state = get()
      const ids = activeClaimsAt(state.index, t)
      // The index returns the same array for the same window: most frames end here.
      if (ids === state.activeIds) return
      set({
        activeIds: ids,
        primaryId: pickPrimary(ids, state.chosenId),
        nextMoment: ids.length === 0 ? nextCitedMomentAfter(state.index, t) : null,
      })
    },
    choose(id) {
      const state = get()
      set({ chosenId: id, primaryId: pickPrimary(state.activeIds, id) })
    },
    setPlayerState(patch) {
      set(patch)
    },
    setViewportRanker(next) {
      ranker = next
    },
  }
}
