import type { StateCreator } from 'zustand'
import type { StampReading } from '../note/classify-stamps.ts'
import type { Claim, ClaimId, NoteDocument } from '../note/model.ts'
import { classifyNoteStamps, readStampsAsMinutes } from '../note/read-stamps-as-minutes.ts'
import type { Seconds } from '../time/seconds.ts'
import { buildTimeIndex, type TimeIndex } from '../time/time-index.ts'
import type { PlaybackClock } from './playback-clock.ts'
import type { ReaderState } from './reader-state.ts'

/** What became of the note's stamps once the video's duration was known (DESIGN §2). */
export interface StampRepair {
  /** How the note's stamps, as written, fit the video; null until its duration is known. */
  readonly reading: StampReading | null
  /** The last field of the stamps read as minutes and seconds; null while the note is read as written. */
  readonly field: number | null
  /** Whether the reader undid the repair: a later duration does not redo it. */
  readonly undone: boolean
}

/** The note being read and what is derived from it. */
export interface DocumentSlice {
  readonly doc: NoteDocument
  /** The note as it was compiled, before any repair of its stamps. */
  readonly original: NoteDocument
  readonly index: TimeIndex<ClaimId>
  readonly claimsById: ReadonlyMap<ClaimId, Claim>
  /** The playback time, which never goes through React state. */
  readonly clock: PlaybackClock
  readonly stampRepair: StampRepair
  /**
   * Fits the note's stamps to the video's duration: a note whose late stamps
   * are `MM:SS` with a constant last field is read as minutes and seconds,
   * unless the reader undid that. Runs whenever the duration changes.
   */
  fitStampsTo(duration: Seconds | null): void
  /** Reads the note as written again, and keeps it so. */
  undoStampRepair(): void
  /** Reads the note's stamps as minutes and seconds after an undo. */
  redoStampRepair(): void
  /**
   * Reads another note of the same video: the player, its time and the
   * settings stay; what belonged to the last note (the chosen claim, the
   * keyboard's place, a repair of its stamps, its matches) goes.
   */
  openNote(doc: NoteDocument): void
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
  return (set, get, api) => {
    /** Reads the note with its stamps read as minutes (`field`) or as written (null); moves the highlight to match. */
    const read = (field: number | null, stampRepair: Omit<StampRepair, 'field'>): void => {
      const { original } = get()
      if (field === get().stampRepair.field) {
        set({ stampRepair: { ...stampRepair, field } })
        return
      }
      const next = field === null ? original : readStampsAsMinutes(original, field)
      set({ ...derive(next), activeIds: [], stampRepair: { ...stampRepair, field } })
      get().applyTime(clock.now())
    }
    // The duration lives in the playback slice; its every change refits the stamps.
    api.subscribe((state, previous) => {
      if (state.duration !== previous.duration) state.fitStampsTo(state.duration)
    })
    return {
      ...derive(doc),
      original: doc,
      clock,
      stampRepair: { reading: null, field: null, undone: false },
      fitStampsTo(duration) {
        const { original, stampRepair } = get()
        const reading = duration === null ? null : classifyNoteStamps(original, duration)
        const field = stampRepair.undone ? null : repairFieldOf(reading)
        read(field, { reading, undone: stampRepair.undone })
      },
      undoStampRepair() {
        read(null, { reading: get().stampRepair.reading, undone: true })
      },
      openNote(next) {
        if (next === get().original) return
        set({
          ...derive(next),
          original: next,
          stampRepair: { reading: null, field: null, undone: false },
          activeIds: [],
          primaryId: null,
          chosenId: null,
          cursorId: null,
          offscreen: null,
          reveal: null,
          tourEnd: null,
          searchMatches: [],
        })
        get().fitStampsTo(get().duration)
        get().applyTime(clock.now())
      },
      redoStampRepair() {
        const { reading } = get().stampRepair
        const field = repairFieldOf(reading)
        if (field !== null) read(field, { reading, undone: false })
      },
    }
  }
}

/** The last field to read as minutes and seconds, when the reading calls for a repair. */
function repairFieldOf(reading: StampReading | null): number | null {
  return reading?.type === 'minutes-as-hours' ? reading.field : null
}
