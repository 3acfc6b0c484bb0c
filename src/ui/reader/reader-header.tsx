import type { ReactNode } from 'react'
import { citedSpan } from '../../note/cited-span.ts'
import { formatCount } from '../../note/format-count.ts'
import { useReader } from '../../store/use-reader.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { youtubeWatchUrl } from '../youtube-url.ts'
import { IconButton } from '../icon-button.tsx'
import { ThemeToggle } from '../theme-toggle.tsx'

/** The note's title, its channel and video, and the reader's own buttons. */
export function ReaderHeader({
  onHelp,
  onSearch,
}: {
  readonly onHelp: () => void
  readonly onSearch: () => void
}): ReactNode {
  const doc = useReader((s) => s.doc)
  const span = citedSpan(doc)
  return (
    <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2.5 dark:border-slate-800">
      <div className="min-w-0 flex-1">
        <h1
          className="truncate text-base font-semibold text-slate-900 sm:text-lg dark:text-slate-50"
          title={doc.title}
        >
          {doc.title}
        </h1>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">
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
      </div>
      <IconButton icon="search" label="Search the note (/)" onClick={onSearch} />
      <ThemeToggle />
      <IconButton icon="help" label="Keyboard shortcuts (?)" onClick={onHelp} />
    </header>
  )
}
