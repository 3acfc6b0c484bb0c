import type { CompiledNote } from '../note/compiled-note.ts'
import type { Diagnostic } from '../note/model.ts'
import { describeNote, pageDiagnostics } from '../library/describe-note.ts'
import type { LibraryEntry, LinkRecord, SearchDoc } from '../library/library-entry.ts'

/**
 * One note as the build keeps it: the JSON the app loads, its problems, and
 * what the library derives from it. Plain data, so it crosses a worker
 * boundary and sits in the cache as is. `entry.src` is empty until the note
 * has a URL (see {@link withSource}).
 */
export interface NoteRecord {
  /** The source file, relative to the project root. */
  readonly file: string
  /** The CompiledNote the app loads, serialised: `{file, doc, diagnostics}`. */
  readonly json: string
  /** The note's diagnostics, a plain page's video-only ones left out. */
  readonly diagnostics: readonly Diagnostic[]
  readonly entry: LibraryEntry
  readonly links: readonly LinkRecord[]
  readonly searchDocs: readonly SearchDoc[]
}

/**
 * Turns a compiled note into its record. A plain page (no `videoId`, no
 * citations) loses its `video-id-missing` diagnostic here, once, for the
 * served JSON, the terminal and the overlay alike.
 */
export function recordNote(compiled: CompiledNote): NoteRecord {
  const note: CompiledNote = { ...compiled, diagnostics: pageDiagnostics(compiled) }
  const { entry, links, searchDocs } = describeNote(note, 'vault', '')
  return {
    file: note.file,
    json: JSON.stringify(note),
    diagnostics: note.diagnostics,
    entry,
    links,
    searchDocs,
  }
}

/** The record's manifest row, pointing at the URL the note is served from. */
export function withSource(record: NoteRecord, src: string): LibraryEntry {
  return { ...record.entry, src }
}
