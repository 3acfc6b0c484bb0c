import type { Seconds } from '../time/seconds.ts'
import type { NoteDocument } from './model.ts'

/** The earliest and latest moment any claim of the note cites, or null when it cites none. */
export function citedSpan(doc: Pick<NoteDocument, 'claims'>): readonly [Seconds, Seconds] | null {
  let first: Seconds | null = null
  let last: Seconds | null = null
  for (const claim of doc.claims) {
    for (const { seconds } of claim.citations) {
      if (first === null || seconds < first) first = seconds
      if (last === null || seconds > last) last = seconds
    }
  }
  return first === null || last === null ? null : [first, last]
}
