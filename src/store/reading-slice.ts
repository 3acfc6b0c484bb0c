import type { StateCreator } from 'zustand'
import type { ClaimId } from '../note/model.ts'
import type { ReaderState } from './reader-state.ts'

export type Direction = 'above' | 'below'

/** How the reader is reading: where the keyboard is, and whether the note follows the video. */
export interface ReadingSlice {
  /** The claim that holds the roving tabindex (↓/↑ move it). */
  readonly cursorId: ClaimId | null
  /** In follow mode the primary claim is kept in view. */
  readonly follow: boolean
  /** Where the primary claim is when it is off screen, else null (the "back to now" control). */
  readonly offscreen: Direction | null
  /** Where the guided tour is ("claim 7 of 29"), or null when no tour runs. */
  readonly tour: { readonly stop: number; readonly total: number } | null
  setCursor(id: ClaimId | null): void
  setFollow(follow: boolean): void
  setOffscreen(direction: Direction | null): void
  setTour(tour: ReadingSlice['tour']): void
}

export function createReadingSlice(initial: {
  follow: boolean
}): StateCreator<ReaderState, [], [], ReadingSlice> {
  return (set) => ({
    cursorId: null,
    follow: initial.follow,
    offscreen: null,
    tour: null,
    setCursor: (cursorId) => set({ cursorId }),
    setFollow: (follow) => set({ follow }),
    setOffscreen: (offscreen) => set({ offscreen }),
    setTour: (tour) => set({ tour }),
  })
}
