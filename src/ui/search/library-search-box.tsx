import { type KeyboardEvent, type ReactNode, type RefObject, useId, useState } from 'react'
import { SearchResults } from './search-results.tsx'
import { useLibrarySearch } from './use-library-search.ts'

interface LibrarySearchBoxProps {
  readonly inputRef?: RefObject<HTMLInputElement | null>
  /** Called when a result is opened (a dialog around the box closes then). */
  readonly onOpen?: () => void
  readonly autoFocus?: boolean
  /** Escape in the field: closes a dialog around the box (the field would only clear itself). */
  readonly onEscape?: () => void
}

/**
 * One field that finds claims by their words across every note, and the
 * results under it. ↓ goes to the results; Enter opens the best one.
 */
export function LibrarySearchBox({
  inputRef,
  onOpen,
  autoFocus,
  onEscape,
}: LibrarySearchBoxProps): ReactNode {
  const [query, setQuery] = useState('')
  const results = useLibrarySearch(query)
  const resultsId = useId()
  const labelId = useId()
  const inputId = useId()

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const box = event.currentTarget.closest('[data-library-search-box]')
    const first = box?.querySelector<HTMLAnchorElement>('a[data-search-result]')
    if (event.key === 'Escape' && onEscape) {
      event.preventDefault()
      onEscape()
    } else if (event.key === 'ArrowDown' && first) {
      event.preventDefault()
      first.focus()
    } else if (event.key === 'Enter' && first) {
      event.preventDefault()
      first.click()
    }
  }

  return (
    <div data-library-search-box="" role="search" aria-labelledby={labelId}>
      <label
        id={labelId}
        htmlFor={inputId}
        className="mb-1.5 block px-1 text-sm font-medium text-slate-700 dark:text-slate-300"
      >
        Search every note
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        data-library-search=""
        aria-describedby={resultsId}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        // oxlint-disable-next-line jsx-a11y/no-autofocus -- a search dialog opens to type in
        autoFocus={autoFocus}
        placeholder="Search the claims of every note"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus:border-amber-600 focus:outline-2 focus:outline-amber-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-50 dark:placeholder:text-slate-400"
      />
      <SearchResults results={results} id={resultsId} {...(onOpen ? { onOpen } : {})} />
    </div>
  )
}
