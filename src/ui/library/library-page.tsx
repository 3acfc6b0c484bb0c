import { type ReactNode, useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import type { LibraryEntry } from '../../library/library-entry.ts'
import {
  filterEntries,
  groupByChannel,
  type SortOrder,
  sortEntries,
} from '../../library/sort-entries.ts'
import { formatCount } from '../../note/format-count.ts'
import { useLibrary } from '../library-context.ts'
import { claimLink, topicHref } from '../route.ts'
import { SearchResults } from '../search/search-results.tsx'
import { type LibrarySearchResults, useLibrarySearch } from '../search/use-library-search.ts'
import { LibraryControls } from './library-controls.tsx'
import { OpenFolderButton, OpenNotesButton } from '../own-notes/open-notes-button.tsx'
import { NoteCard } from './note-card.tsx'
import { PageShell } from './page-shell.tsx'
import { TopicList } from './topic-list.tsx'
import { useIndexPlace } from './use-index-place.ts'
import { useListKeys, useSlashFocus } from './use-list-keys.ts'

/** Tiles of stills when all notes show together; channels flow in columns of rows when grouped. */
const TILES = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 lg:grid-cols-3 xl:grid-cols-4'
const ROWS = 'grid grid-cols-1 gap-2'
const CHANNEL_COLUMNS =
  'gap-x-6 md:columns-2 xl:columns-3 [&>section]:mb-8 [&>section]:break-inside-avoid'

/**
 * `#/`: every note of the library (DESIGN §3b). Your own notes first, under
 * "Your notes"; the vault's by channel or all together; plain pages last, as
 * topics. The filter narrows all three as you type.
 */
export function LibraryPage(): ReactNode {
  const entries = useLibrary((s) => s.entries)
  const own = useLibrary((s) => s.own)
  const problem = useLibrary((s) => s.problem)
  const [query, setQuery] = useIndexPlace()
  const [grouped, setGrouped] = useState(true)
  const [chosenOrder, setOrder] = useState<SortOrder>('title')
  const filter = useRef<HTMLInputElement>(null)
  const root = useRef<HTMLElement>(null)
  useSlashFocus(filter)
  useListKeys(root, filter)

  const addedAt = useMemo(() => new Map(own.map((o) => [o.note.doc.slug, o.addedAt])), [own])
  const hasOwn = own.length > 0
  const orders: SortOrder[] = hasOwn
    ? ['title', 'claims', 'span', 'recent']
    : ['title', 'claims', 'span']
  const order = orders.includes(chosenOrder) ? chosenOrder : 'title'
  // Typing stays quick on a big library: the list catches up a moment later.
  const deferredQuery = useDeferredValue(query)
  const { notes, total, pages } = useMemo(() => {
    const all = entries.filter((e) => e.kind === 'note')
    return {
      notes: sortEntries(filterEntries(all, deferredQuery), order, addedAt),
      total: all.length,
      pages: sortEntries(
        filterEntries(
          entries.filter((e) => e.kind === 'page'),
          deferredQuery,
        ),
        'title',
      ),
    }
  }, [entries, deferredQuery, order, addedAt])
  const claims = useLibrarySearch(deferredQuery)
  const yours = notes.filter((e) => e.origin === 'own')
  const vault = notes.filter((e) => e.origin !== 'own')

  return (
    <PageShell home>
      <main ref={root} className="mx-auto max-w-6xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8">
        <div className="flex items-baseline justify-between gap-4">
          <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">Library</h1>
          <p
            id="library-count"
            data-library-count=""
            aria-live="polite"
            className="text-sm text-slate-600 tabular-nums dark:text-slate-400"
          >
            {notes.length === total
              ? formatCount(total, 'note')
              : `${notes.length} of ${total} notes`}
          </p>
        </div>
        {problem && (
          <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
            The vault’s notes could not be loaded: {problem}
          </p>
        )}
        <div className="mt-4">
          <LibraryControls
            filterRef={filter}
            query={query}
            onQuery={setQuery}
            grouped={grouped}
            onGrouped={setGrouped}
            order={order}
            orders={orders}
            onOrder={setOrder}
            onEnter={() => {
              const best = claims.hits[0]
              if (best) window.location.hash = claimLink(best.slug, best.claimId)
            }}
          />
        </div>
        <OwnNotesHint />
        <div data-library="" className="mt-6 space-y-8">
          {yours.length > 0 && <NoteSection title="Your notes" entries={yours} />}
          {grouped
            ? vault.length > 0 && (
                <div className={CHANNEL_COLUMNS}>
                  {groupByChannel(vault).map((group) => (
                    <NoteSection
                      key={group.channel ?? ''}
                      title={group.channel ?? 'No channel named'}
                      channel={group.channel}
                      entries={group.entries}
                      layout="row"
                    />
                  ))}
                </div>
              )
            : vault.length > 0 && (
                <NoteSection title={hasOwn ? 'From the library' : 'All notes'} entries={vault} />
              )}
          {notes.length === 0 && (
            <NothingFound
              query={query}
              total={total}
              onClear={() => {
                setQuery('')
                filter.current?.focus()
              }}
            />
          )}
        </div>
        {claims.status !== 'idle' && <ClaimsFound results={claims} query={deferredQuery} />}
        {pages.length > 0 && <TopicList pages={pages} />}
      </main>
    </PageShell>
  )
}

/** The claims of every note that the search box's words find, under the notes it filtered. */
function ClaimsFound({
  results,
  query,
}: {
  readonly results: LibrarySearchResults
  readonly query: string
}): ReactNode {
  const id = useId()
  return (
    <section aria-labelledby={id} data-library-search-box="" className="mt-10">
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Claims that say “{query.trim()}”
      </h2>
      <div className="mt-1 max-w-3xl">
        <SearchResults results={results} id={`${id}-results`} />
      </div>
    </section>
  )
}

/** How to read notes of your own: they open in this browser and stay in it. */
function OwnNotesHint(): ReactNode {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
      <OpenNotesButton />
      <OpenFolderButton />
      <span>or drop markdown files here, or paste a note. They stay in this browser.</span>
    </div>
  )
}

function NoteSection({
  title,
  channel = null,
  entries,
  layout = 'tile',
}: {
  readonly title: string
  /** The channel the section is of: its title then leads to the channel's page. */
  readonly channel?: string | null
  readonly entries: readonly LibraryEntry[]
  readonly layout?: 'row' | 'tile'
}): ReactNode {
  const id = useId()
  return (
    <section aria-labelledby={id}>
      <h2
        id={id}
        className="flex items-baseline gap-2 text-lg font-semibold text-slate-900 dark:text-slate-100"
      >
        {channel ? (
          <a
            href={topicHref(channel)}
            data-library-channel={channel}
            className="underline-offset-4 hover:underline"
          >
            {title}
          </a>
        ) : (
          title
        )}
        <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
          {formatCount(entries.length, 'note')}
        </span>
      </h2>
      <ul className={`mt-3 ${layout === 'row' ? ROWS : TILES}`}>
        {entries.map((entry) => (
          <NoteCard key={entry.slug} entry={entry} showChannel={channel === null} layout={layout} />
        ))}
      </ul>
    </section>
  )
}

function NothingFound({
  query,
  total,
  onClear,
}: {
  readonly query: string
  readonly total: number
  readonly onClear: () => void
}): ReactNode {
  if (total === 0)
    return (
      <p className="text-slate-600 dark:text-slate-400">
        The library has no notes yet. Open a markdown note of your own (or drop one on this page) to
        read it here.
      </p>
    )
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <p>No note’s title, channel or sections hold “{query}”.</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-2 text-sm font-medium text-amber-800 underline underline-offset-4 hover:no-underline dark:text-amber-300"
      >
        Clear the filter
      </button>
    </div>
  )
}
