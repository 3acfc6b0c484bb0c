import { memo, type ReactNode } from 'react'
import type { LibraryEntry } from '../../library/library-entry.ts'
import { formatCount } from '../../note/format-count.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { noteHref } from '../route.ts'
import { Icon } from '../icon.tsx'
import { NoteThumbnail } from './note-thumbnail.tsx'
import { OwnNoteActions } from './own-note-actions.tsx'

/** `29 claims · 7:37–3:16:32`: how much of its video a note covers. */
export function describeCoverage(entry: Pick<LibraryEntry, 'claims' | 'span'>): string {
  const claims = formatCount(entry.claims, 'claim')
  if (entry.span === null) return claims
  return `${claims} · ${formatTimestamp(entry.span[0])}–${formatTimestamp(entry.span[1])}`
}

/**
 * One note of the index: a link holding its still, title, channel, how much
 * it cites and whether it has problems. A phone lays it out as a row, wider
 * screens as a tile.
 */
const LAYOUT = {
  row: {
    card: '[contain-intrinsic-size:auto_5.5rem]',
    link: 'gap-3 p-2',
    thumbnail: 'w-28 shrink-0 self-start sm:w-32',
    text: '',
  },
  tile: {
    card: '[contain-intrinsic-size:auto_6rem] sm:[contain-intrinsic-size:auto_15rem]',
    link: 'gap-3 p-2 sm:flex-col sm:gap-0 sm:p-0',
    thumbnail: 'w-28 shrink-0 self-start sm:w-full sm:rounded-b-none',
    text: 'sm:px-3 sm:pt-2.5 sm:pb-3',
  },
} as const

/**
 * In a big library, cards off screen are neither laid out nor painted
 * (`content-visibility: auto`, at a guessed size until first shown, then the
 * size they had), so typing in the box does not lay out a thousand cards
 * again. The card's padding, taken back by a negative margin, holds the link's
 * focus ring, which the card's paint containment would otherwise cut.
 */
const SKIPPED_OFF_SCREEN = '-m-1 p-1 [content-visibility:auto]'

export const NoteCard = memo(function NoteCard({
  entry,
  showChannel = true,
  layout = 'tile',
  skipOffScreen = false,
}: {
  readonly entry: LibraryEntry
  /** False under a heading that names the channel already. */
  readonly showChannel?: boolean
  /** `row`: the still beside the words, always; `tile`: the still above them from `sm` up. */
  readonly layout?: keyof typeof LAYOUT
  /**
   * Leave the card unrendered while off screen: for big libraries only, as
   * axe cannot read the colours of contained cards and Back cannot restore
   * the exact place among cards of guessed sizes.
   */
  readonly skipOffScreen?: boolean
}): ReactNode {
  const classes = LAYOUT[layout]
  return (
    <li className={skipOffScreen ? `relative ${SKIPPED_OFF_SCREEN} ${classes.card}` : 'relative'}>
      <a
        data-library-note={entry.slug}
        href={noteHref(entry.slug)}
        className={`group flex h-full rounded-lg border border-slate-200 bg-white transition-colors hover:border-amber-500/70 hover:bg-amber-50/50 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-amber-400/60 dark:hover:bg-slate-800/70 ${classes.link}`}
      >
        <NoteThumbnail entry={entry} className={classes.thumbnail} />
        <span className={`flex min-w-0 flex-1 flex-col gap-0.5 ${classes.text}`}>
          <span className="line-clamp-2 font-semibold text-slate-900 group-hover:text-amber-900 dark:text-slate-50 dark:group-hover:text-amber-200">
            {entry.title}
          </span>
          {showChannel && entry.channel && (
            <span className="truncate text-sm text-slate-600 dark:text-slate-400">
              {entry.channel}
            </span>
          )}
          <span className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-1 text-xs text-slate-600 tabular-nums dark:text-slate-400">
            {describeCoverage(entry)}
            {entry.errors > 0 && <ProblemsBadge count={entry.errors} />}
          </span>
        </span>
      </a>
      {entry.origin === 'own' && <OwnNoteActions slug={entry.slug} />}
    </li>
  )
})

function ProblemsBadge({ count }: { readonly count: number }): ReactNode {
  return (
    <span
      data-library-problems={count}
      className="inline-flex items-center gap-1 rounded-full bg-red-50 px-1.5 py-px font-medium text-red-800 ring-1 ring-red-600/20 ring-inset dark:bg-red-950/60 dark:text-red-200 dark:ring-red-400/30"
    >
      <Icon name="warning" className="size-3.5" />
      {formatCount(count, 'problem')}
    </span>
  )
}
