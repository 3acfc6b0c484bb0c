import type { CompiledNote } from '../note/compiled-note.ts'
import type { LibraryRecord } from '../library/library-entry.ts'

/**
 * The messages between the page and the parse worker. One file at a time,
 * each under an id the page picks; the file's bytes are transferred, not copied.
 *
 * page → worker: `parse`.
 * worker → page, for that id: `progress` (a stage; while sending, parts done
 * of total), then either `refused` (not a note: binary, not UTF-8, blank),
 * `failed` (the pipeline threw: a bug), or `result` followed by `part`s and
 * `end`. A big note's tree would cost the page one long structured clone, so
 * it comes in parts, each its own task; `stored` in `result` is the whole
 * note already serialised, as a Blob: the page and IndexedDB pass it on by
 * reference, where a string of megabytes would be copied on the page's thread.
 */
export interface ParseRequest {
  readonly type: 'parse'
  readonly id: number
  /** The file's name or its path inside an opened folder, for messages. */
  readonly name: string
  readonly slug: string
  readonly bytes: ArrayBuffer
}

export type ParseStage = 'checking' | 'parsing' | 'describing' | 'sending'

/** A compiled note and what the library derives from it. */
export interface ParsedNote {
  readonly note: CompiledNote
  readonly record: LibraryRecord
}

/** The arrays that can be large, sent in parts after the rest of the note. */
export const PART_KEYS = [
  'tree',
  'claims',
  'sections',
  'diagnostics',
  'links',
  'searchDocs',
] as const
export type PartKey = (typeof PART_KEYS)[number]

export type ParseReply =
  | {
      readonly type: 'progress'
      readonly id: number
      readonly stage: ParseStage
      readonly done: number
      readonly total: number
    }
  | { readonly type: 'refused'; readonly id: number; readonly reason: string }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | {
      readonly type: 'result'
      readonly id: number
      /** The note with every PART_KEYS array empty. */
      readonly skeleton: ParsedNote
      readonly parts: number
      /** Decoding and compiling, in the worker (ms). */
      readonly parseMs: number
      /** `JSON.stringify(ParsedNote)`, whole, as `application/json`. */
      readonly stored: Blob
    }
  | {
      readonly type: 'part'
      readonly id: number
      readonly key: PartKey
      readonly items: readonly unknown[]
    }
  | { readonly type: 'end'; readonly id: number }

/** The arrays of a parsed note, by part key. */
export function partArrays(parsed: ParsedNote): Record<PartKey, readonly unknown[]> {
  const { note, record } = parsed
  return {
    tree: note.doc.tree.children,
    claims: note.doc.claims,
    sections: note.doc.sections,
    diagnostics: note.diagnostics,
    links: record.links,
    searchDocs: record.searchDocs,
  }
}

/** The note with the given arrays in place of its own. */
export function withPartArrays(
  parsed: ParsedNote,
  arrays: Record<PartKey, readonly unknown[]>,
): ParsedNote {
  const { note, record } = parsed
  const a = arrays as Record<PartKey, never[]>
  return {
    note: {
      ...note,
      doc: {
        ...note.doc,
        tree: { ...note.doc.tree, children: a.tree },
        claims: a.claims,
        sections: a.sections,
      },
      diagnostics: a.diagnostics,
    },
    record: { ...record, links: a.links, searchDocs: a.searchDocs },
  }
}
