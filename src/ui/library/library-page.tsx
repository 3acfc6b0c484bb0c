import type { ReactNode } from 'react'
import { useLibrary } from '../library-context.ts'
import { noteHref } from '../route.ts'

/** `#/`: every note of the library. */
export function LibraryPage(): ReactNode {
  const entries = useLibrary((s) => s.entries)
  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <h1 className="text-2xl font-semibold">Library</h1>
      <ul data-library="" className="mt-4 space-y-1">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <a data-library-note={entry.slug} href={noteHref(entry.slug)}>
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </main>
  )
}
