import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { describeFailure } from '../../../player/failure-messages.ts'
import { useReader } from '../../../store/use-reader.ts'
import { toSeconds } from '../../../time/seconds.ts'
import { youtubeWatchUrl } from '../../youtube-url.ts'
import { canRetryYouTube, reloadNoteAt } from './retry-youtube.ts'

const SMALL_BUTTON =
  'shrink-0 rounded border border-amber-700/40 px-2 py-0.5 text-xs font-medium hover:bg-amber-100 dark:border-amber-300/40 dark:hover:bg-amber-400/20'

/**
 * Says why the video is not playing here, inside the video's own box, so
 * nothing moves when it appears: one line with the reason, Retry where a new
 * attempt can help, and Details for the why and a link to the video on
 * YouTube at the note's current time (the link follows the clock).
 */
export function FallbackBanner({ startOpen }: { readonly startOpen: boolean }): ReactNode {
  const failure = useReader((s) => s.failure)
  const videoId = useReader((s) => s.doc.videoId)
  const slug = useReader((s) => s.doc.slug)
  const clock = useReader((s) => s.clock)
  const [open, setOpen] = useState(startOpen)
  const detailsId = useId()
  const link = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    if (!videoId) return undefined
    let second = -1
    return clock.subscribe((t) => {
      const whole = Math.floor(t)
      if (whole !== second && link.current)
        link.current.href = youtubeWatchUrl(videoId, (second = whole))
    })
  }, [clock, videoId])
  if (!failure) return null
  const { title, detail } = describeFailure(failure)
  return (
    <div
      role="status"
      data-fallback={failure}
      className="shrink-0 border-b border-amber-300 bg-amber-50 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="flex items-center gap-2 px-3 py-1.5">
        <p className="min-w-0 flex-1 truncate font-semibold" title={title}>
          {title}
        </p>
        {canRetryYouTube(failure) && (
          <button
            type="button"
            data-retry=""
            onClick={() => reloadNoteAt(slug, toSeconds(clock.now()))}
            className={SMALL_BUTTON}
          >
            Retry
          </button>
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
          className={SMALL_BUTTON}
        >
          Details
        </button>
      </div>
      <div id={detailsId} hidden={!open} className="px-3 pb-2">
        <p>{detail}</p>
        {videoId && (
          <a
            ref={link}
            href={youtubeWatchUrl(videoId, Math.floor(clock.now()))}
            target="_blank"
            rel="noopener"
            className="mt-1 inline-block font-medium text-amber-800 underline underline-offset-4 dark:text-amber-200"
          >
            Open on YouTube at this time
          </a>
        )}
      </div>
    </div>
  )
}
