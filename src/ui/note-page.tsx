import { type ReactNode, useCallback } from 'react'
import type { CompiledNote } from '../note/compiled-note.ts'
import { resolveWikilink } from '../note/resolve-wikilink.ts'
import { DiagnosticsPanel } from './diagnostics-panel.tsx'
import { NoteBody } from './note-body.tsx'
import { NoteHeader } from './note-header.tsx'

interface NotePageProps {
  readonly note: CompiledNote
  readonly library: readonly CompiledNote[]
}

/** One note, read as a document: header, its problems if any, and its body. */
export function NotePage({ note, library }: NotePageProps): ReactNode {
  const resolve = useCallback(
    (target: string) =>
      resolveWikilink(
        target,
        library.map((n) => n.doc),
      ),
    [library],
  )
  return (
    <main className="mx-auto max-w-3xl px-5 py-10 sm:px-8">
      <NoteHeader doc={note.doc} />
      <DiagnosticsPanel file={note.file} diagnostics={note.diagnostics} />
      <NoteBody doc={note.doc} resolveWikilink={resolve} />
    </main>
  )
}
