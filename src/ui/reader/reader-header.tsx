import type { ReactNode } from 'react'
import { citedSpan } from '../../note/cited-span.ts'
import { formatCount } from '../../note/format-count.ts'
import { useReader } from '../../store/use-reader.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { youtubeWatchUrl } from '../youtube-url.ts'
import { IconButton } from '../icon-button.tsx'
import { Icon } from '../icon.tsx'
import { useLibrary } from '../library-context.ts'
import { LIBRARY_HREF, topicHref } from '../route.ts'
import { ThemeToggle } from '../theme-toggle.tsx'
import { shortcutTitle } from './keys/key-bindings.ts'

interface ReaderHeaderProps {
  readonly onHelp: () => void
  readonly onSearch: () => void
  /** One line: the title and the buttons; the byline goes to the sheet. */
  readonly compact?: boolean
}

/** The note's title, its channel and video, and the reader's own buttons. */
export function ReaderHeader({ onHelp, onSearch, compact = false }: ReaderHeaderProps): ReactNode {
  const title = useReader((s) => s.doc.title)
  return (
    <header
      className={`flex shrink-0 items-center border-b border-slate-200 dark:border-slate-800 gap-3 ${compact ? 'py-1 pr-1 pl-3' : 'px-4 py-2.5'}`}
    >
      <LibraryLink compact={compact} />
      <div className="min-w-0 flex-1">
        <h1
          className="truncate text-base font-semibold text-slate-900 sm:text-lg dark:text-slate-50"
          title={title}
        >
          {title}
        </h1>
        {!compact && <NoteByline className="truncate" />}
      </div>
      <IconButton icon="search" label={shortcutTitle('search')} onClick={onSearch} />
      <ThemeToggle />
      <IconButton icon="help" label={shortcutTitle('help')} onClick={onHelp} />
    </header>
  )
}

/**
 * Back to the index of every note; only a library of more than one note has
 * one to go back to. An icon on a phone (the header keeps its height), with
 * its name beside it from `xl` up.
 */
function LibraryLink({ compact }: { readonly compact: boolean }): ReactNode {
  const many = useLibrary((s) => s.entries.length > 1)
  if (!many) return null
  return (
    <a
      href={LIBRARY_HREF}
      data-library-link=""
      aria-label="Library: all notes"
      title="Library: all notes"
      className={`inline-flex h-9 min-w-9 shrink-0 items-center justify-center gap-1.5 rounded-md text-sm font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 ${compact ? '-mr-1 -ml-2' : '-mr-1 -ml-2 px-2'}`}
    >
      <Icon name="library" />
      {!compact && (
        <span aria-hidden="true" className="hidden xl:inline">
          Library
        </span>
      )}
    </a>
  )
}

/** The note's channel (its page lists the channel's notes), a link to its video on YouTube, and how much of it the note cites. */
export function NoteByline({ className = '' }: { readonly className?: string }): ReactNode {
  const doc = useReader((s) => s.doc)
  const span = citedSpan(doc)
  return (
    <p className={`text-xs text-slate-500 dark:text-slate-400 ${className}`}>
      {doc.channel && (
        <>
          <a
            href={topicHref(doc.channel)}
            data-channel-link={doc.channel}
            title={`Every note from ${doc.channel}`}
            className="underline-offset-2 hover:underline"
          >
            From {doc.channel}
          </a>
          {' · '}
        </>
      )}
      {doc.videoId ? (
        <a
          href={youtubeWatchUrl(doc.videoId)}
          target="_blank"
          rel="noopener"
          className="underline-offset-2 hover:underline"
        >
          Watch on YouTube
        </a>
      ) : (
        'No video named'
      )}
      {' · '}
      {formatCount(doc.claims.length, 'claim')}
      {span && ` citing ${formatTimestamp(span[0])}–${formatTimestamp(span[1])}`}
    </p>
  )
}
