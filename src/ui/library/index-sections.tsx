import { memo, type ReactNode, useId } from 'react'
import type { LibraryEntry } from '../../library/library-entry.ts'
import { formatCount } from '../../note/format-count.ts'
import { OpenFolderButton, OpenNotesButton } from '../own-notes/open-notes-button.tsx'
import { topicHref } from '../route.ts'
import { SearchResults } from '../search/search-results.tsx'
import type { LibrarySearchResults } from '../search/use-library-search.ts'
import { NoteCard } from './note-card.tsx'

// The parts of the index page (library-page.tsx): a section of notes, the
// claims the search box finds, how to open your own, and an empty result.

/** Tiles of stills when all notes show together; rows when a channel's notes are grouped. */
const TILES = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 lg:grid-cols-3 xl:grid-cols-4'
const ROWS = 'grid grid-cols-1 gap-2'

/** The claims of every note that the search box's words find, under the notes it filtered. */
export function ClaimsFound({
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
export function OwnNotesHint(): ReactNode {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
      <OpenNotesButton />
      <OpenFolderButton />
      <span>or drop markdown files here, or paste a note. They stay in this browser.</span>
    </div>
  )
}

/** A section of cards; memo: typing in the box re-renders it only when its notes change. */
export const NoteSection = memo(function NoteSection({
  title,
  channel = null,
  entries,
  layout = 'tile',
  shown = Infinity,
  skipOffScreen = false,
}: {
  readonly title: string
  /** The channel the section is of: its title then leads to the channel's page. */
  readonly channel?: string | null
  readonly entries: readonly LibraryEntry[]
  /** How many of the cards to render yet (a big library's come in a few at a time); all by default. */
  readonly shown?: number
  readonly layout?: 'row' | 'tile'
  /** A big library: sections and cards off screen are not rendered (see NoteCard). */
  readonly skipOffScreen?: boolean
}): ReactNode {
  const id = useId()
  const skipSection = skipOffScreen && layout === 'row'
  return (
    <section
      aria-labelledby={id}
      // A channel's rows off screen are not laid out at all; the padding holds
      // the focus rings its paint containment would cut.
      className={skipSection ? '-m-1 p-1 [content-visibility:auto]' : undefined}
      style={
        skipSection ? { containIntrinsicSize: `auto ${guessHeight(entries.length)}px` } : undefined
      }
    >
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
        {entries.slice(0, shown).map((entry) => (
          <NoteCard
            key={entry.slug}
            entry={entry}
            showChannel={channel === null}
            layout={layout}
            skipOffScreen={skipOffScreen}
          />
        ))}
      </ul>
    </section>
  )
})

/** About how tall a channel's rows are before they are first laid out: a heading and ~88 px a row. */
function guessHeight(rows: number): number {
  return 40 + rows * 88
}

export function NothingFound({
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
