import type { CompiledNote } from '../note/compiled-note.ts'
import type { NoteDocument } from '../note/model.ts'
import { slugOfFile } from './compile-notes.ts'

/** Why a note could not be compiled at all: it ran past the time limit, or the compiler threw. */
export type CompileFailure = 'note-compile-timeout' | 'note-compile-failed'

/**
 * The page a note becomes when it cannot be compiled: titled from its file
 * name, with no text and one error diagnostic saying why. The rest of the
 * library builds as usual (DESIGN §7: no note breaks the build for the others).
 */
export function failedNote(file: string, rule: CompileFailure, message: string): CompiledNote {
  const slug = slugOfFile(file)
  const doc: NoteDocument = {
    type: 'note',
    slug,
    title: titleFromSlug(slug),
    videoId: null,
    channel: null,
    timestampMode: 'auto',
    frontmatter: {},
    tree: { type: 'root', children: [] },
    claims: [],
    sections: [],
    wikilinks: [],
    citationCount: 0,
  }
  return { file, doc, diagnostics: [{ severity: 'error', rule, line: 1, column: 1, message }] }
}

/** `my-first_note` → `My first note`, as the parser titles a note without a title. */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
