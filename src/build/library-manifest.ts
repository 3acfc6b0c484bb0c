import type { LibraryManifest, LinkRecord, SearchDoc } from '../library/library-entry.ts'
import type { LinkShards } from '../library/link-shards.ts'
import { withSource, type NoteRecord } from './note-record.ts'

/** Where the manifest points: each note's URL, the links' shards and the search file. */
export interface LibraryUrls {
  readonly note: (record: NoteRecord) => string
  readonly links: LinkShards
  readonly search: string
}

/** The manifest of a library: every note's entry, in the order given, with its URL. */
export function createManifest(records: readonly NoteRecord[], urls: LibraryUrls): LibraryManifest {
  return {
    version: 2,
    notes: records.map((record) => withSource(record, urls.note(record))),
    links: urls.links,
    search: urls.search,
  }
}

/** Every wikilink of every note, for topic pages and backlinks. */
export function collectLinks(records: readonly NoteRecord[]): LinkRecord[] {
  return records.flatMap((record) => record.links)
}

/** Every claim of every note, for the search across notes. */
export function collectSearchDocs(records: readonly NoteRecord[]): SearchDoc[] {
  return records.flatMap((record) => record.searchDocs)
}
