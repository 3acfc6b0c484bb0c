import type { ComponentProps, ReactNode } from 'react'
import { useNoteContext } from './note-context.ts'
import { youtubeWatchUrl } from './youtube-url.ts'

/**
 * A citation: the moment of the video a claim rests on. Until the player
 * sits beside the note, it opens the video on YouTube at that moment.
 */
export function CitationChip({ children, ...props }: ComponentProps<'button'>): ReactNode {
  const { videoId } = useNoteContext()
  const seconds = Number(props['data-citation' as keyof typeof props])
  const label = `${String(children)} in the video`
  return (
    <button
      {...props}
      type="button"
      aria-label={videoId ? `Open the video at ${label}` : label}
      title={videoId ? 'Open the video on YouTube at this moment' : 'This note names no video'}
      disabled={videoId === null}
      onClick={() => {
        if (videoId) window.open(youtubeWatchUrl(videoId, seconds), '_blank', 'noopener')
      }}
      className="citation mx-0.5 inline-flex translate-y-[-1px] items-center rounded-full border border-amber-600/30 bg-amber-50 px-1.5 py-px align-baseline font-mono text-[0.75em] leading-tight text-amber-900 tabular-nums hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-600 disabled:cursor-default disabled:opacity-60 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-200 dark:hover:bg-amber-400/20"
    >
      {children}
    </button>
  )
}
