// The search index as the build writes it and the browser reads it: MiniSearch's
// own plain object (toJSON / loadJS) made about half as big. Pure.
//
// MiniSearch writes every posting as `"shortId":frequency` inside an object per
// term and field, and each document's field lengths as an object keyed by short
// id. Here short ids are the row numbers of the claims (the index is always
// built fresh, in row order), postings are gaps between ascending short ids,
// and the claims' note and section titles are written once each.
import type { AsPlainObject } from 'minisearch'
import type { SearchDoc } from './library-entry.ts'

export const SERIALISED_VERSION = 1

/**
 * One term: `[term, fieldId, postings, fieldId, postings, …]`. Postings are the
 * gaps between ascending short ids (the first from 0); a document whose
 * frequency f is above 1 is preceded by -f.
 */
type PackedTerm = [string, ...(number | number[])[]]

export interface SerialisedSearch {
  readonly version: typeof SERIALISED_VERSION
  /** `[slug, title]` of each note. */
  readonly notes: readonly (readonly [string, string])[]
  readonly sections: readonly string[]
  /** `[note index, section index, claimId, seconds, text]`; row i is short id i. */
  readonly docs: readonly (readonly [number, number, string, number, string])[]
  /** Every claim's field lengths, row after row, `fieldCount` numbers each. */
  readonly fieldLength: readonly number[]
  readonly index: readonly PackedTerm[]
  readonly rest: Pick<
    AsPlainObject,
    | 'documentCount'
    | 'nextId'
    | 'fieldIds'
    | 'averageFieldLength'
    | 'dirtCount'
    | 'serializationVersion'
  >
}

/** The index of `key` in `map`, adding it at the end the first time. */
function intern(map: Map<string, number>, key: string): number {
  const known = map.get(key)
  if (known !== undefined) return known
  map.set(key, map.size)
  return map.size - 1
}

/** Packs a fresh index of `docs` (short id i is `docs[i]`, nothing discarded). */
export function packSearch(plain: AsPlainObject, docs: readonly SearchDoc[]): SerialisedSearch {
  const { documentIds, fieldLength, index, storedFields: _, ...rest } = plain
  docs.forEach((doc, i) => {
    if (documentIds[i] !== doc.id) throw new Error(`search index: short id ${i} is not ${doc.id}`)
  })
  const notes = new Map<string, number>()
  const sections = new Map<string, number>()
  const rows = docs.map(
    (doc) =>
      [
        intern(notes, JSON.stringify([doc.slug, doc.noteTitle])),
        intern(sections, doc.section),
        doc.claimId,
        doc.seconds,
        doc.text,
      ] as const,
  )
  return {
    version: SERIALISED_VERSION,
    notes: [...notes.keys()].map((key) => JSON.parse(key) as [string, string]),
    sections: [...sections.keys()],
    docs: rows,
    fieldLength: docs.flatMap((_doc, i) => fieldLength[i] ?? []),
    index: index.map(([term, fields]) => [
      term,
      ...Object.entries(fields).flatMap(([fieldId, postings]) => [
        Number(fieldId),
        packPostings(postings),
      ]),
    ]),
    rest,
  }
}

function packPostings(postings: Readonly<Record<string, number>>): number[] {
  const packed: number[] = []
  let previous = 0
  // Integer keys enumerate in ascending order (ECMAScript OrdinaryOwnPropertyKeys).
  for (const [key, frequency] of Object.entries(postings)) {
    const id = Number(key)
    if (frequency !== 1) packed.push(-frequency)
    packed.push(id - previous)
    previous = id
  }
  return packed
}

/** The claims and MiniSearch's plain object back from their packed form. */
export function unpackSearch(data: SerialisedSearch): { plain: AsPlainObject; docs: SearchDoc[] } {
  if (data.version !== SERIALISED_VERSION) {
    throw new Error(`search index: unknown version ${String(data.version)}, rebuild it`)
  }
  const docs = data.docs.map(([note, section, claimId, seconds, text]): SearchDoc => {
    const [slug, noteTitle] = data.notes[note]!
    const sectionTitle = data.sections[section]!
    return {
      id: `${slug}#${claimId}`,
      slug,
      claimId,
      seconds,
      noteTitle,
      section: sectionTitle,
      text,
    }
  })
  const fieldCount = Object.keys(data.rest.fieldIds).length
  const documentIds: Record<string, string> = {}
  const fieldLength: Record<string, number[]> = {}
  docs.forEach((doc, i) => {
    documentIds[i] = doc.id
    fieldLength[i] = data.fieldLength.slice(i * fieldCount, (i + 1) * fieldCount)
  })
  const index: AsPlainObject['index'] = data.index.map(([term, ...fields]) => {
    const unpacked: Record<string, Record<string, number>> = {}
    for (let i = 0; i < fields.length; i += 2) {
      unpacked[fields[i] as number] = unpackPostings(fields[i + 1] as number[])
    }
    return [term, unpacked]
  })
  const plain = { ...data.rest, documentIds, fieldLength, storedFields: {}, index }
  return { plain, docs }
}

function unpackPostings(packed: readonly number[]): Record<string, number> {
  const postings: Record<string, number> = {}
  let id = 0
  let frequency = 1
  for (const value of packed) {
    if (value < 0) {
      frequency = -value
      continue
    }
    id += value
    postings[id] = frequency
    frequency = 1
  }
  return postings
}
