import type { LibraryStore } from '../../library/library-store.ts'
import { type NoteSource, type OpenProgress, openOwnNotes } from '../../own-notes/open-own-notes.ts'
import type { ParseClient } from '../../own-notes/parse-client.ts'
import type { OpenOutcome } from './own-notes-ui.ts'

interface OpenAndKeepDeps {
  readonly library: LibraryStore
  readonly parser: ParseClient
  readonly onProgress: (progress: OpenProgress) => void
}

/**
 * Opens files as your own notes and adds them to the library (which keeps
 * them). Marks each parse time and the moment the notes are in the library
 * on the performance timeline, for the browser's tools and tests.
 */
export async function openAndKeep(
  sources: readonly NoteSource[],
  { library, parser, onProgress }: OpenAndKeepDeps,
): Promise<OpenOutcome> {
  const { opened, refused, timings } = await openOwnNotes(sources, {
    parser,
    slugFor: (name) => library.getState().ownSlugFor(name),
    onProgress,
  })
  for (const detail of timings) performance.mark('lockstep:own-note-parsed', { detail })
  if (opened.length > 0) await library.getState().keepOwn(opened)
  performance.mark('lockstep:own-notes-opened', { detail: { count: opened.length } })
  return { slugs: opened.map((own) => own.note.doc.slug), refused }
}

export { pastedAsSource } from '../../own-notes/paste-note.ts'
