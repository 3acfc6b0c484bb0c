import type { ClaimId } from '../note/model.ts'
import type { Seconds } from '../time/seconds.ts'
import type { ReaderState } from './reader-state.ts'
import type { ReaderStore } from './reader-store.ts'

/** What a claim shows of the reader's state, as bits, so a snapshot compares with `===`. */
export const ClaimFlag = {
  ACTIVE: 1,
  PRIMARY: 2,
  /** The claim holds the keyboard cursor. */
  CURSOR: 4,
  /** The claim is the one in the tab order (roving tabindex). */
  TABBABLE: 8,
} as const

/** A claim's flags in a state of the store. */
export function claimFlagsIn(state: ReaderState, id: ClaimId): number {
  const cursor = state.cursorId
  return (
    (state.activeIds.includes(id) ? ClaimFlag.ACTIVE : 0) |
    (state.primaryId === id ? ClaimFlag.PRIMARY : 0) |
    (cursor === id ? ClaimFlag.CURSOR : 0) |
    (cursor === id || (cursor === null && state.index.order[0] === id) ? ClaimFlag.TABBABLE : 0)
  )
}

/** Whether a citation at `seconds` lies past the end of the video, as far as it is known. */
export function isBeyondEnd(duration: Seconds | null, seconds: number): boolean {
  return duration !== null && seconds > duration
}

/**
 * Tells each claim, and each citation chip, when what it shows changed, from
 * one subscription to the store. Ten thousand claims each subscribing to the
 * store would run forty thousand selectors on every change of anything
 * (DESIGN §6: per frame, only the claims that changed); here a change of the
 * active set touches the claims that left it, joined it, or changed rank.
 */
export interface ClaimFlagHub {
  /** Calls `listener` when the claim's flags may have changed. Returns the unsubscribe. */
  subscribeClaim(id: ClaimId, listener: () => void): () => void
  /** Calls `listener` when a citation at `seconds` goes past, or back within, the video's end. */
  subscribeBeyond(seconds: number, listener: () => void): () => void
}

export function createClaimFlagHub(store: ReaderStore): ClaimFlagHub {
  const claims = new Map<ClaimId, Set<() => void>>()
  const chips = new Map<() => void, number>()

  const notifyClaim = (id: ClaimId | null | undefined) => {
    if (id) claims.get(id)?.forEach((listener) => listener())
  }

  store.subscribe((next, previous) => {
    if (next.index !== previous.index) {
      // Another note, or its stamps repaired: every claim reads itself again.
      claims.forEach((listeners) => listeners.forEach((listener) => listener()))
    } else if (
      next.activeIds !== previous.activeIds ||
      next.primaryId !== previous.primaryId ||
      next.cursorId !== previous.cursorId
    ) {
      const touched = new Set<ClaimId | null | undefined>([
        ...previous.activeIds,
        ...next.activeIds,
        previous.primaryId,
        next.primaryId,
        previous.cursorId,
        next.cursorId,
        next.index.order[0],
      ])
      touched.forEach(notifyClaim)
    }
    if (next.duration !== previous.duration)
      chips.forEach((seconds, listener) => {
        if (isBeyondEnd(next.duration, seconds) !== isBeyondEnd(previous.duration, seconds))
          listener()
      })
  })

  return {
    subscribeClaim(id, listener) {
      const listeners = claims.get(id) ?? new Set()
      claims.set(id, listeners.add(listener))
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) claims.delete(id)
      }
    },
    subscribeBeyond(seconds, listener) {
      chips.set(listener, seconds)
      return () => void chips.delete(listener)
    },
  }
}
