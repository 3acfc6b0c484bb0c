import { useCallback, useSyncExternalStore } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import {
  claimFlagsIn,
  type ClaimFlagHub,
  createClaimFlagHub,
  isBeyondEnd,
} from '../../../store/claim-flags.ts'
import type { ReaderStore } from '../../../store/reader-store.ts'
import { useReaderStore } from '../../../store/use-reader.ts'

// One hub per store, made on first use and gone with the store: a memo, not state.
const hubs = new WeakMap<ReaderStore, ClaimFlagHub>()

function hubOf(store: ReaderStore): ClaimFlagHub {
  let hub = hubs.get(store)
  if (!hub) hubs.set(store, (hub = createClaimFlagHub(store)))
  return hub
}

/** A claim's `ClaimFlag` bits; the claim re-renders only when they change. */
export function useClaimFlags(id: ClaimId): number {
  const store = useReaderStore()
  const subscribe = useCallback(
    (listener: () => void) => hubOf(store).subscribeClaim(id, listener),
    [store, id],
  )
  return useSyncExternalStore(subscribe, () => claimFlagsIn(store.getState(), id))
}

/** Whether a citation at `seconds` is past the video's end; re-renders only when that flips. */
export function useBeyondEnd(seconds: number): boolean {
  const store = useReaderStore()
  const subscribe = useCallback(
    (listener: () => void) => hubOf(store).subscribeBeyond(seconds, listener),
    [store, seconds],
  )
  return useSyncExternalStore(subscribe, () => isBeyondEnd(store.getState().duration, seconds))
}
