import type { ReactNode } from 'react'
import { useLibrary } from './library-context.ts'
import { LIBRARY_HREF } from './route.ts'

/** Shown for a link to a note the library does not have. */
export function MissingNote({ slug }: { readonly slug: string }): ReactNode {
  const count = useLibrary((s) => s.entries.length)
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">
        No note named “{slug}”
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        The link may be old, or the note may have been renamed or removed.
      </p>
      <p className="mt-4">
        <a
          className="text-amber-800 underline underline-offset-4 hover:no-underline dark:text-amber-300"
          href={LIBRARY_HREF}
        >
          {count === 0 ? 'Open the library' : `See all ${count} notes in the library`}
        </a>
      </p>
    </main>
  )
}
