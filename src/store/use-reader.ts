import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { ReaderState } from './reader-state.ts'
import type { ReaderStore } from './reader-store.ts'

export const ReaderStoreContext = createContext<ReaderStore | null>(null)

export function useReaderStore(): ReaderStore {
  const store = useContext(ReaderStoreContext)
  if (!store)
    throw new Error(
      'useReader needs a <ReaderStoreContext value={createReaderStore(doc)}> above it.',
    )
  return store
}

/** Selects the smallest slice a component shows: `useReader((s) => s.follow)`. */
export function useReader<T>(selector: (state: ReaderState) => T): T {
  return useStore(useReaderStore(), selector)
}
