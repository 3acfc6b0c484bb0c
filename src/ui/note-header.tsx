import type { ReactNode } from 'react'
import { citedSpan } from '../note/cited-span.ts'
import type { NoteDocument } from '../note/model.ts'
import { formatTimestamp } from '../time/timestamp.ts'
import { youtubeWatchUrl } from './youtube-url.ts'

/** Title, channel, the video's link and what the note covers. */
export function NoteHeader({ doc }: { readonly doc: NoteDocument }): ReactNode {
  const cited = citedSpan(doc)
  const span = cited ? `${formatTimestamp(cited[0])}–${formatTimestamp(cited[1])}` : null
  return (
    <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-800">
      <h1 className="text-3xl font-semibold tracking-tight text-balance text-slate-900 dark:text-slate-50">
        {doc.title}
      </h1>
      <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        {doc.channel && (
          <span>
            From{' '}
            <span className="font-medium text-slate-800 dark:text-slate-200">{doc.channel}</span>
          </span>
        )}
        {doc.videoId ? (
          <a
            className="font-medium text-amber-700 underline-offset-4 hover:underline dark:text-amber-300"
            href={youtubeWatchUrl(doc.videoId)}
            target="_blank"
            rel="noopener"
          >
            Watch on YouTube
          </a>
        ) : (
          <span>No video is named for this note</span>
        )}
        <span>
          {doc.claims.length} claims · {doc.citationCount} citations
          {span && <> · cites {span}</>}
        </span>
      </p>
    </header>
  )
}
