import type { KeyboardEvent, ReactNode } from 'react'
import type { SearchHit } from '../../library/search-index.ts'
import { highlightParts } from '../../library/search-text.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { claimLink } from '../route.ts'
import type { LibrarySearchResults } from './use-library-search.ts'

interface SearchResultsProps {
  readonly results: LibrarySearchResults
  readonly id: string
  /** Called when a result is opened, so a dialog around it can close. */
  readonly onOpen?: () => void
}

/**
 * The claims found across the library, each a link that opens its note at
 * that claim: the note, the section, the time, and the claim with the words
 * that matched marked. ↓/↑ move between results.
 */
export function SearchResults({ results, id, onOpen }: SearchResultsProps): ReactNode {
  const { status, hits, problem } = results
  const notes = new Set(hits.map((hit) => hit.slug)).size
  return (
    <div id={id}>
      <p role="status" className="px-1 py-2 text-sm text-slate-600 dark:text-slate-400">
        {status === 'loading' && 'Loading the search index…'}
        {status === 'failed' && problem}
        {status === 'ready' &&
          (hits.length === 0
            ? 'No claim has those words.'
            : `${hits.length === 1 ? '1 claim' : `${hits.length} claims`} in ${notes === 1 ? '1 note' : `${notes} notes`}`)}
      </p>
      {hits.length > 0 && (
        <ol className="space-y-1">
          {hits.map((hit) => (
            <li key={hit.id}>
              <ResultLink hit={hit} {...(onOpen ? { onOpen } : {})} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function ResultLink({ hit, onOpen }: { readonly hit: SearchHit; readonly onOpen?: () => void }) {
  return (
    <a
      href={claimLink(hit.slug, hit.claimId)}
      data-search-result=""
      data-slug={hit.slug}
      data-claim-id={hit.claimId}
      onClick={onOpen}
      onKeyDown={moveBetweenResults}
      className="block rounded-md px-3 py-2 text-slate-800 hover:bg-amber-50 focus:bg-amber-50 focus:outline-2 focus:outline-amber-600 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
    >
      <span className="flex items-baseline gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="truncate font-medium">{hit.noteTitle}</span>
        {hit.section !== hit.noteTitle && <span className="truncate">· {hit.section}</span>}
        <span className="ml-auto shrink-0 rounded bg-amber-100 px-1.5 font-mono text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
          {formatTimestamp(hit.seconds)}
        </span>
      </span>
      <span className="mt-0.5 line-clamp-3 block text-sm">
        {highlightParts(hit.text, hit.terms).map((part, i) =>
          part.match ? (
            <mark
              key={i}
              className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700/60 dark:text-white"
            >
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </span>
    </a>
  )
}

/** ↓/↑ between the result links, as a list of links one reads with the keyboard. */
function moveBetweenResults(event: KeyboardEvent<HTMLAnchorElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const list = event.currentTarget.closest('ol')
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-search-result]') ?? [])]
  const at = links.indexOf(event.currentTarget)
  event.preventDefault()
  const next = links[event.key === 'ArrowDown' ? at + 1 : at - 1]
  if (next) next.focus()
  else if (event.key === 'ArrowUp')
    (
      event.currentTarget.closest('[data-library-search-box]')?.querySelector('input') ??
      document.querySelector<HTMLInputElement>('input[data-library-search]')
    )?.focus()
}
