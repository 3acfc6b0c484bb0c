import type { OwnNote } from '../library/own-note.ts'

/** One kept note as IndexedDB holds it. */
export interface StoredNote {
  readonly slug: string
  readonly addedAt: number
  readonly bytes: number
  /** `JSON.stringify({note, record})`: a Blob when the worker made it, a string when the page did. */
  readonly json: Blob | string
}

/** A stored value with its JSON read out of its Blob, ready for readStoredNote. */
export async function withJsonText(value: unknown): Promise<unknown> {
  if (!isRecord(value) || !(value['json'] instanceof Blob)) return value
  try {
    return { ...value, json: await value['json'].text() }
  } catch {
    return null // the Blob's file is gone: unreadable
  }
}

/**
 * A kept note, or null when what was stored is not one (another version's
 * shape, a damaged entry): the shelf skips it and counts it, never crashes.
 */
export function readStoredNote(value: unknown): OwnNote | null {
  if (!isRecord(value)) return null
  const { slug, addedAt, bytes, json } = value
  if (typeof slug !== 'string' || typeof json !== 'string') return null
  if (typeof addedAt !== 'number' || typeof bytes !== 'number') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return null
  }
  if (!isRecord(parsed) || !isNote(parsed['note'], slug) || !isRecordOf(parsed['record'], slug))
    return null
  return { note: parsed['note'], record: parsed['record'], addedAt, bytes } as OwnNote
}

function isNote(note: unknown, slug: string): boolean {
  if (!isRecord(note) || typeof note['file'] !== 'string' || !Array.isArray(note['diagnostics']))
    return false
  const doc = note['doc']
  if (!isRecord(doc) || doc['type'] !== 'note' || doc['slug'] !== slug) return false
  const tree = doc['tree']
  return (
    typeof doc['title'] === 'string' &&
    isRecord(tree) &&
    tree['type'] === 'root' &&
    Array.isArray(tree['children']) &&
    ['claims', 'sections', 'wikilinks'].every((key) => Array.isArray(doc[key])) &&
    typeof doc['citationCount'] === 'number'
  )
}

function isRecordOf(record: unknown, slug: string): boolean {
  if (!isRecord(record) || !Array.isArray(record['links']) || !Array.isArray(record['searchDocs']))
    return false
  const entry = record['entry']
  return (
    isRecord(entry) &&
    entry['slug'] === slug &&
    entry['origin'] === 'own' &&
    typeof entry['title'] === 'string'
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
