import type { OwnNote } from '../library/own-note.ts'

/**
 * The JSON of `{note, record}` the worker already made for an opened note, as
 * a Blob, until the shelf stores it. Serialising a 1 MB note again on the
 * page would block it for half a second, and even copying its JSON string
 * into IndexedDB takes tens of milliseconds; a Blob is passed by reference.
 * Keyed by the note object, so it is forgotten with it.
 */
const serialised = new WeakMap<OwnNote, Blob>()

export function rememberSerialised(own: OwnNote, json: Blob): void {
  serialised.set(own, json)
}

/** The note's JSON: the worker's Blob, or made here when there is none; forgotten once taken. */
export function takeSerialised(own: OwnNote): Blob | string {
  const json = serialised.get(own) ?? JSON.stringify({ note: own.note, record: own.record })
  serialised.delete(own)
  return json
}
