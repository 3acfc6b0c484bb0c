import type { StateCreator } from 'zustand'
import type { Claim, ClaimId, NoteDocument } from '../note/model.ts'
import { buildTimeIndex, type TimeIndex } from '../time/time-index.ts'
import type { PlaybackClock } from './playback-clock.ts'
import type { ReaderState } from './reader-state.ts'

/** The note being read and what is derived from it once. Never changes for a store. */
export interface DocumentSlice {
  readonly doc: NoteDocument
  readonly index: TimeIndex<ClaimId>
  readonly claimsById: ReadonlyMap<ClaimId, Claim>
  /** The playback time, which never goes through React state. */
  readonly clock: PlaybackClock
}

export function createDocumentSlice(
  doc: NoteDocument,
  clock: PlaybackClock,
): StateCreator<ReaderState, [], [], DocumentSlice> {
  const index = buildTimeIndex(doc.claims)
  const claimsById = new Map(doc.claims.map((claim) => [claim.id, claim]))
  return () => ({ doc, index, claimsById, clock })
}
