import type { StateCreator } from 'zustand'
import type { Claim, ClaimId, NoteDocument } from '../note/model.ts'
import { buildTimeIndex, type TimeIndex } from '../time/time-index.ts'
import type { PlaybackClock } from './playback-clock.ts'
import type { ReaderState } from './reader-state.ts'

/** The note being read and what is derived from it. */
export interface DocumentSlice {
  readonly doc: NoteDocument
  /** The note as it was compiled, before any repair of its stamps. */
  readonly original: NoteDocument
  readonly index: TimeIndex<ClaimId>
  readonly claimsById: ReadonlyMap<ClaimId, Claim>
  /** The playback time, which never goes through React state. */
  readonly clock: PlaybackClock
  /**
   * Reads the note with other times, the same claims (a stamp repair, or its
   * undo), and moves the highlight to match.
   */
  replaceDocument(doc: NoteDocument): void
}

function derive(doc: NoteDocument): Pick<DocumentSlice, 'doc' | 'index' | 'claimsById'> {
  return {
    doc,
    index: buildTimeIndex(doc.claims),
    claimsById: new Map(doc.claims.map((claim) => [claim.id, claim])),
  }
}

export function createDocumentSlice(
  doc: NoteDocument,
  clock: PlaybackClock,
): StateCreator<ReaderState, [], [], DocumentSlice> {
  return (set, get) => ({
    ...derive(doc),
    original: doc,
    clock,
    replaceDocument(next) {
      set({ ...derive(next), activeIds: [] })
      get().applyTime(clock.now())
    },
  })
}
