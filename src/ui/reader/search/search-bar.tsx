import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'
import { useReaderStore } from '../../../store/use-reader.ts'
import { prefersReducedMotion } from '../note/claim-dom.ts'
import { clearMatches, findInNote, paintMatches } from './note-search.ts'

interface SearchBarProps {
  readonly article: RefObject<HTMLElement | null>
  readonly onClose: () => void
}

/**
 * Search in the note (`/`): Enter and Shift+Enter step through the matches,
 * Escape closes. Moving to a match is the reader's own navigation: follow turns off.
 */
export function SearchBar({ article, onClose }: SearchBarProps): ReactNode {
  const store = useReaderStore()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [at, setAt] = useState(0)
  const [matches, setMatches] = useState<Range[]>([])
  const current =
    matches.length > 0 ? matches[((at % matches.length) + matches.length) % matches.length]! : null

  useEffect(() => input.current?.focus(), [])
  useEffect(() => {
    paintMatches(matches, current)
    if (current) {
      store.getState().setFollow(false)
      current.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: prefersReducedMotion() ? 'instant' : 'smooth',
      })
    }
  }, [matches, current, store])
  useEffect(() => store.getState().setSearchMatches(matches), [matches, store])
  useEffect(
    () => () => {
      clearMatches()
      store.getState().setSearchMatches([])
    },
    [store],
  )

  const position =
    matches.length === 0
      ? query.trim()
        ? 'No matches'
        : ''
      : `${(((at % matches.length) + matches.length) % matches.length) + 1} of ${matches.length}`
  return (
    <search className="sticky top-0 z-20 flex items-center gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <label htmlFor="note-search" className="sr-only">
        Search the note
      </label>
      <input
        id="note-search"
        ref={input}
        type="search"
        value={query}
        placeholder="Search the note"
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value)
          setMatches(article.current ? findInNote(article.current, event.target.value) : [])
          setAt(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            setAt((n) => n + (event.shiftKey ? -1 : 1))
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <span
        role="status"
        className="min-w-[5.5em] text-right text-xs text-slate-500 tabular-nums dark:text-slate-400"
      >
        {position}
      </span>
      <button
        type="button"
        aria-label="Previous match"
        disabled={matches.length === 0}
        onClick={() => setAt((n) => n - 1)}
        className="rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match"
        disabled={matches.length === 0}
        onClick={() => setAt((n) => n + 1)}
        className="rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
      >
        ↓
      </button>
      <button
        type="button"
        onClick={onClose}
        className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        Close
      </button>
    </search>
  )
}
