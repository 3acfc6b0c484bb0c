import type { StateCreator } from 'zustand'
import type { ClaimId } from '../note/model.ts'
import type { ReaderState } from './reader-state.ts'

export type Direction = 'above' | 'below'

/** A claim to bring into view, asked for by `goToClaim`; the note's UI carries it out. */
export interface RevealRequest {
  readonly id: ClaimId
  /** `center`: to the middle of the note; `nearest`: only as far as needed to be seen. */
  readonly block: 'center' | 'nearest'
  /** Whether the keyboard goes to the claim too. */
  readonly focus: boolean
}

/** How the last guided tour ended, until the reader dismisses it or starts another. */
export interface TourEnd {
  /** True when it played its last claim; false when the reader stopped or left it. */
  readonly finished: boolean
  /** How many claims it reached (1-based: the one it ended on counts). */
  readonly reached: number
  readonly total: number
}

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
  readonly tourEnd: TourEnd | null
  /** The latest reveal asked for; each request is a new object, even for the same claim. */
  readonly reveal: RevealRequest | null
  setCursor(id: ClaimId | null): void
  setFollow(follow: boolean): void
  setOffscreen(direction: Direction | null): void
  /** Says where the tour is; a tour that starts clears the last one's ending. */
  setTour(tour: ReadingSlice['tour']): void
  setTourEnd(end: TourEnd | null): void
  revealClaim(request: RevealRequest): void
}

export function createReadingSlice(initial: {
  follow: boolean
}): StateCreator<ReaderState, [], [], ReadingSlice> {
  return (set) => ({
    cursorId: null,
    follow: initial.follow,
    offscreen: null,
    tour: null,
    tourEnd: null,
    reveal: null,
    setCursor: (cursorId) => set({ cursorId }),
    setFollow: (follow) => set({ follow }),
    setOffscreen: (offscreen) => set({ offscreen }),
    setTour: (tour) => set(tour ? { tour, tourEnd: null } : { tour }),
    setTourEnd: (tourEnd) => set({ tourEnd }),
    revealClaim: (request) => set({ reveal: { ...request } }),
  })
}
