import type { ReactNode } from 'react'
import type { CompiledNote } from '../note/compiled-note.ts'
import { NoteProblems } from './note-problems.tsx'
import { LIBRARY_HREF } from './route.ts'

/** The rules of a note the compiler could not read at all (the build's worker threw or timed out). */
const UNREADABLE = new Set(['note-compile-failed', 'note-compile-timeout'])

/** Whether a compiled note is only the page that says it could not be read. */
export function isUnreadable(note: CompiledNote): boolean {
  return note.diagnostics.some((d) => UNREADABLE.has(d.rule))
}

/**
 * A note that could not be read: what and why, and the way back to the
 * library. No player, no clock: there is nothing to follow.
 */
export function UnreadableNote({ note }: { readonly note: CompiledNote }): ReactNode {
  return (
    <main data-note-unreadable={note.doc.slug} className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">{note.doc.title}</h1>
      <p className="mt-2 mb-6 text-slate-600 dark:text-slate-400">
        This note could not be opened. The rest of the library is not affected.
      </p>
      <NoteProblems file={note.file} diagnostics={note.diagnostics} />
      <p className="mt-6">
        <a
          className="text-amber-800 underline underline-offset-4 hover:no-underline dark:text-amber-300"
          href={LIBRARY_HREF}
        >
          Back to the library
        </a>
      </p>
    </main>
  )
}
