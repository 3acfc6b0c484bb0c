import type { ReactNode } from 'react'
import { citedSpan } from '../../note/cited-span.ts'
import { formatCount } from '../../note/format-count.ts'
import { useReader } from '../../store/use-reader.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { youtubeWatchUrl } from '../youtube-url.ts'
import { IconButton } from '../icon-button.tsx'
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
      className={`flex shrink-0 items-center gap-3 border-b border-slate-200 dark:border-slate-800 ${compact ? 'py-1 pr-1 pl-3' : 'px-4 py-2.5'}`}
    >
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

/** The note's channel, a link to its video on YouTube, and how much of it the note cites. */
export function NoteByline({ className = '' }: { readonly className?: string }): ReactNode {
  const doc = useReader((s) => s.doc)
  const span = citedSpan(doc)
  return (
    <p className={`text-xs text-slate-500 dark:text-slate-400 ${className}`}>
      {doc.channel && <>From {doc.channel} · </>}
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
