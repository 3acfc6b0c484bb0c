import { type ReactNode, useId } from 'react'
import type { LibraryEntry } from '../../library/library-entry.ts'
import { topicHref } from '../route.ts'

/** The plain pages of the library (markdown without a video): each opens as a topic. */
export function TopicList({ pages }: { readonly pages: readonly LibraryEntry[] }): ReactNode {
  const id = useId()
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Topics
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {pages.map((page) => (
          <li key={page.slug}>
            <a
              data-library-page={page.slug}
              href={topicHref(page.slug)}
              className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:border-amber-500 hover:bg-amber-50 dark:border-slate-700 dark:text-slate-200 dark:hover:border-amber-400/60 dark:hover:bg-slate-800"
            >
              {page.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
