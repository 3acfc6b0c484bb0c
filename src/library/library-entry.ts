import type { CompiledNote } from '../note/compiled-note.ts'
import type { LinkShards } from './link-shards.ts'

/**
 * Where a note comes from: the vault the site was built from (or the dev
 * server reads), or a file the reader opened in this browser.
 */
export type NoteOrigin = 'vault' | 'own'

/**
 * What the library knows of a note without loading it: one row of the
 * manifest. A `page` is markdown without a video (a topic's own text).
 */
export interface LibraryEntry {
  readonly slug: string
  readonly kind: 'note' | 'page'
  readonly origin: NoteOrigin
  readonly title: string
  readonly channel: string | null
  readonly videoId: string | null
  /** The source file: a path inside the vault, or the name of the file opened. */
  readonly file: string
  readonly claims: number
  readonly citations: number
  /** Earliest and latest cited second, or null when the note cites nothing. */
  readonly span: readonly [number, number] | null
  /** Section titles in reading order (the intro not included). */
  readonly headings: readonly string[]
  /** How many error diagnostics the note has. */
  readonly errors: number
  /** Where the compiled note is loaded from: a URL for the vault, a store key for your own notes. */
  readonly src: string
}

/** One wikilink written in a note: what topic pages and backlinks are made of. */
export interface LinkRecord {
  /** The slug of the note the link is written in. */
  readonly from: string
  readonly target: string
  /** The claim the link sits in, or null for a link in prose. */
  readonly claimId: string | null
  /** The claim's first cited second, or null for prose. */
  readonly seconds: number | null
  /** The claim's words (or the prose block's), cut to a readable length. */
  readonly text: string
  /** The title of the section the link is in. */
  readonly section: string
}

/** One claim as the search across notes indexes it. */
export interface SearchDoc {
  /** `<slug>#<claimId>`: unique across the library. */
  readonly id: string
  readonly slug: string
  readonly claimId: string
  readonly seconds: number
  readonly noteTitle: string
  readonly section: string
  readonly text: string
}

/** A compiled note with everything the library derives from it. */
export interface LibraryRecord {
  readonly entry: LibraryEntry
  readonly links: readonly LinkRecord[]
  readonly searchDocs: readonly SearchDoc[]
}

/**
 * The manifest the app loads first (`library.json`): every note's entry, and
 * where the link records and the search index are (both loaded only when needed).
 * URLs are relative to the page. Version 2: the links are in shards.
 */
export interface LibraryManifest {
  readonly version: 2
  readonly notes: readonly LibraryEntry[]
  /** Where the shards of LinkRecords are; a page loads only those it needs. */
  readonly links: LinkShards
  /** URL of the serialised search index (see search-index.ts). */
  readonly search: string
}

/** What loading one note yields. */
export type LoadedNote = CompiledNote
