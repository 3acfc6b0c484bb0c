import type { ReactNode } from 'react'
import type { CompiledNote } from '../note/compiled-note.ts'
import { noteHref } from './route.ts'

/** Shown for a link to a note the library does not have, or an empty library. */
export function MissingNote({
  slug,
  library,
}: {
  readonly slug: string | null
  readonly library: readonly CompiledNote[]
}): ReactNode {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">
        {slug === null ? 'No notes yet' : `No note named “${slug}”`}
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        {library.length === 0
          ? 'Put a note (a .md file) in the content folder and it will show here.'
          : 'The link may be old, or the note may have been renamed. These notes are here:'}
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        {library.map((note) => (
          <li key={note.doc.slug}>
            <a
              className="text-amber-700 underline-offset-4 hover:underline dark:text-amber-300"
              href={noteHref(note.doc.slug)}
            >
              {note.doc.title}
            </a>
          </li>
        ))}
      </ul>
    </main>
  )
}
