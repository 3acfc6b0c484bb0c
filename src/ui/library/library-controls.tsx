import type { ReactNode, Ref } from 'react'
import { SORT_ORDERS, type SortOrder, isSortOrder } from '../../library/sort-entries.ts'
import { Icon } from '../icon.tsx'

interface LibraryControlsProps {
  readonly filterRef: Ref<HTMLInputElement>
  readonly query: string
  readonly onQuery: (query: string) => void
  readonly grouped: boolean
  readonly onGrouped: (grouped: boolean) => void
  readonly order: SortOrder
  readonly orders: readonly SortOrder[]
  readonly onOrder: (order: SortOrder) => void
  /** Enter in the box: opens the best claim found. */
  readonly onEnter: () => void
}

const FIELD =
  'rounded-md border border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400'

/**
 * The one search box (filters the notes as you type and finds claims in all
 * of them; Enter opens the best claim, Escape clears), grouping and order.
 */
export function LibraryControls(props: LibraryControlsProps): ReactNode {
  const { filterRef, query, onQuery, grouped, onGrouped, order, orders, onOrder, onEnter } = props
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      <search className="relative min-w-0 sm:max-w-md sm:flex-1">
        <label htmlFor="library-filter" className="sr-only">
          Search the library: notes by title, channel or section, and every claim by its words
        </label>
        <Icon
          name="search"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500 dark:text-slate-400"
        />
        <input
          ref={filterRef}
          id="library-filter"
          data-library-filter=""
          data-library-search=""
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          placeholder="Search notes and what they say"
          aria-describedby="library-count"
          aria-keyshortcuts="/"
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault()
              onQuery('')
            } else if (event.key === 'Enter') {
              event.preventDefault()
              onEnter()
            }
          }}
          className={`${FIELD} h-10 w-full py-2 pr-9 pl-8 text-base sm:text-sm`}
        />
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      </search>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div
          role="group"
          aria-label="Group notes"
          className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-700"
        >
          <ToggleButton pressed={grouped} onClick={() => onGrouped(true)} name="grouped">
            By channel
          </ToggleButton>
          <ToggleButton pressed={!grouped} onClick={() => onGrouped(false)} name="all">
            All
          </ToggleButton>
        </div>
        <label className="inline-flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span className="sr-only sm:not-sr-only">Sort</span>
          <select
            data-library-sort=""
            value={order}
            onChange={(event) => {
              if (isSortOrder(event.target.value)) onOrder(event.target.value)
            }}
            className={`${FIELD} h-9 py-1 pr-7 pl-2 text-sm`}
          >
            {orders.map((o) => (
              <option key={o} value={o}>
                {SORT_ORDERS[o]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  )
}

function ToggleButton({
  pressed,
  onClick,
  name,
  children,
}: {
  readonly pressed: boolean
  readonly onClick: () => void
  readonly name: string
  readonly children: ReactNode
}): ReactNode {
  return (
    <button
      type="button"
      data-library-group={name}
      aria-pressed={pressed}
      onClick={onClick}
      className={`rounded px-2.5 py-1 text-sm font-medium ${pressed ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`}
    >
      {children}
    </button>
  )
}
