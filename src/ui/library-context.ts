import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { LibraryState, LibraryStore } from '../library/library-store.ts'

export const LibraryStoreContext = createContext<LibraryStore | null>(null)

export function useLibraryStore(): LibraryStore {
  const store = useContext(LibraryStoreContext)
  if (!store)
    throw new Error(
      'useLibrary needs a <LibraryStoreContext value={createLibraryStore(…)}> above it.',
    )
  return store
}

/** Selects what a component shows of the library: `useLibrary((s) => s.entries)`. */
export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useLibraryStore(), selector)
}
