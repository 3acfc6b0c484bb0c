import type { OwnNote } from '../library/own-note.ts'

/**
 * The JSON of `{note, record}` the worker already made for an opened note,
 * until the shelf stores it. Serialising a 1 MB note again on the page would
 * block it for half a second; storing a string costs a copy. Keyed by the
 * note object, so it is forgotten with it.
 */
const serialised = new WeakMap<OwnNote, string>()

export function rememberSerialised(own: OwnNote, json: string): void {
  serialised.set(own, json)
}

/** The note's JSON, made here only when the worker's is not at hand; forgotten once taken. */
export function takeSerialised(own: OwnNote): string {
  const json = serialised.get(own) ?? JSON.stringify({ note: own.note, record: own.record })
  serialised.delete(own)
  return json
}
