import type { StateCreator } from 'zustand'
import type { ReaderState } from './reader-state.ts'

/** The search bar's matches, for whatever else shows them (the note's gutter). */
export interface SearchSlice {
  /** The matches in reading order; empty while the search bar is closed. */
  readonly searchMatches: readonly Range[]
  setSearchMatches(matches: readonly Range[]): void
}

export const createSearchSlice: StateCreator<ReaderState, [], [], SearchSlice> = (set, get) => ({
  searchMatches: [],
  setSearchMatches(matches) {
    const current = get().searchMatches
    if (matches === current || (matches.length === 0 && current.length === 0)) return
    set({ searchMatches: matches })
  },
})
