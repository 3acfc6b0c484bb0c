import { type ReactNode, useEffect, useRef } from 'react'
import { describeFailure } from '../../../player/failure-messages.ts'
import { useReader } from '../../../store/use-reader.ts'
import { youtubeWatchUrl } from '../../youtube-url.ts'

/**
 * Says in plain words why the video is not playing here, and offers it on
 * YouTube at the note's current time (the link follows the clock).
 */
export function FallbackBanner(): ReactNode {
  const failure = useReader((s) => s.failure)
  const videoId = useReader((s) => s.doc.videoId)
  const clock = useReader((s) => s.clock)
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
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-400/10 dark:text-amber-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{detail}</p>
      {videoId && (
        <a
          ref={link}
          href={youtubeWatchUrl(videoId, Math.floor(clock.now()))}
          target="_blank"
          rel="noopener"
          className="mt-2 inline-block font-medium text-amber-800 underline underline-offset-4 dark:text-amber-200"
        >
          Open on YouTube at this time
        </a>
      )}
    </div>
  )
}
