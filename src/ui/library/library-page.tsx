import { type ReactNode, useDeferredValue, useMemo, useRef, useState } from 'react'
import {
  filterEntries,
  groupByChannel,
  type SortOrder,
  sortEntries,
} from '../../library/sort-entries.ts'
import { formatCount } from '../../note/format-count.ts'
import { useLibrary } from '../library-context.ts'
import { claimLink } from '../route.ts'
import { useLibrarySearch } from '../search/use-library-search.ts'
import { LibraryControls } from './library-controls.tsx'
import { ClaimsFound, NoteSection, NothingFound, OwnNotesHint } from './index-sections.tsx'
import { PageShell } from './page-shell.tsx'
import { TopicList } from './topic-list.tsx'
import { useGrowingLimit } from './use-growing-limit.ts'
import { useIndexPlace } from './use-index-place.ts'
import { useListKeys, useSlashFocus } from './use-list-keys.ts'

/**
 * Channels side by side in a grid of rows when grouped. Not CSS columns: with
 * a thousand notes, balancing columns laid the whole list out again on every
 * key typed in the box (50–190 ms a key on a 2-core machine; a grid, ~5).
 */
const CHANNEL_COLUMNS = 'grid grid-cols-1 items-start gap-x-6 gap-y-8 md:grid-cols-2 xl:grid-cols-3'

/** From how many notes cards off screen are left unrendered (see NoteCard). */
const BIG_LIBRARY = 200

/**
 * `#/`: every note of the library (DESIGN §3b). Your own notes first, under
 * "Your notes"; the vault's by channel or all together; plain pages last, as
 * topics. The filter narrows all three as you type.
 */
export function LibraryPage(): ReactNode {
  // A thousand cards are made in a render React can pause (every few ms), not in one long task.
  const entries = useDeferredValue(useLibrary((s) => s.entries))
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
  // Sorted once; a key typed only filters (the order of what is left is the same).
  const sorted = useMemo(
    () => ({
      notes: sortEntries(
        entries.filter((e) => e.kind === 'note'),
        order,
        addedAt,
      ),
      pages: sortEntries(
        entries.filter((e) => e.kind === 'page'),
        'title',
      ),
    }),
    [entries, order, addedAt],
  )
  const notes = useMemo(
    () => filterEntries(sorted.notes, deferredQuery),
    [sorted.notes, deferredQuery],
  )
  const pages = useMemo(
    () => filterEntries(sorted.pages, deferredQuery),
    [sorted.pages, deferredQuery],
  )
  const total = sorted.notes.length
  const big = total >= BIG_LIBRARY
  const claims = useLibrarySearch(deferredQuery)
  // Kept while the list is the same, so a key typed re-renders none of the cards until it narrows them.
  const { yours, vault, channels } = useMemo(() => {
    const fromVault = notes.filter((e) => e.origin !== 'own')
    return {
      yours: notes.filter((e) => e.origin === 'own'),
      vault: fromVault,
      channels: groupByChannel(fromVault),
    }
  }, [notes])
  // A big library's cards go in a few hundred a task; each section takes its share in page order.
  const limit = useGrowingLimit(big ? notes.length : Infinity, grouped ? channels : vault)
  const [yoursShown = 0, ...vaultShown] = shareOut(limit, [
    yours.length,
    ...(grouped ? channels.map((group) => group.entries.length) : [vault.length]),
  ])

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
          {yours.length > 0 && (
            <NoteSection
              title="Your notes"
              entries={yours}
              shown={yoursShown}
              skipOffScreen={big}
            />
          )}
          {grouped
            ? vault.length > 0 && (
                <div className={CHANNEL_COLUMNS}>
                  {channels.map((group, i) => (
                    <NoteSection
                      key={group.channel ?? ''}
                      title={group.channel ?? 'No channel named'}
                      channel={group.channel}
                      entries={group.entries}
                      shown={vaultShown[i] ?? 0}
                      layout="row"
                      skipOffScreen={big}
                    />
                  ))}
                </div>
              )
            : vault.length > 0 && (
                <NoteSection
                  title={hasOwn ? 'From the library' : 'All notes'}
                  entries={vault}
                  shown={vaultShown[0] ?? 0}
                  skipOffScreen={big}
                />
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

/** `limit` shared out among sections of these sizes, in order: each takes what it can of what is left. */
function shareOut(limit: number, counts: readonly number[]): number[] {
  let left = limit
  return counts.map((count) => {
    const shown = Math.min(count, left)
    left -= shown
    return shown
  })
}
