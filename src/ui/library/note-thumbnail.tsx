import { type ReactNode, useState } from 'react'
import type { LibraryEntry } from '../../library/library-entry.ts'
import { Icon } from '../icon.tsx'

/** YouTube's 320×180 still of a video. */
export function thumbnailUrl(videoId: string): string {
  return `https://i.ytimg.com/vi/${encodeURIComponent(videoId)}/mqdefault.jpg`
}

/**
 * The video's still in a 16:9 box that never changes size, loaded only near
 * the viewport. Offline, blocked or without a video, a quiet tile with the
 * channel's initial stands in. The title is beside it, so the image says nothing (alt="").
 */
export function NoteThumbnail({
  entry,
  className = '',
}: {
  readonly entry: Pick<LibraryEntry, 'videoId' | 'channel' | 'title'>
  readonly className?: string
}): ReactNode {
  const [failed, setFailed] = useState<string | null>(null)
  const { videoId } = entry
  const showImage = videoId !== null && failed !== videoId
  return (
    <div
      data-thumbnail={showImage ? 'image' : 'placeholder'}
      className={`relative aspect-video overflow-hidden rounded-md bg-slate-100 dark:bg-slate-800 ${className}`}
    >
      <Placeholder name={entry.channel ?? entry.title} />
      {showImage && (
        <img
          src={thumbnailUrl(videoId)}
          alt=""
          width={320}
          height={180}
          loading="lazy"
          decoding="async"
          // An image that failed before React listened (a cached failure) is caught here too.
          ref={(img) => {
            if (img?.complete && img.naturalWidth === 0 && img.currentSrc) setFailed(videoId)
          }}
          onError={() => setFailed(videoId)}
          className="absolute inset-0 size-full object-cover"
        />
      )}
    </div>
  )
}

/** What shows under the still while it loads, and instead of it when it cannot. */
function Placeholder({ name }: { readonly name: string }): ReactNode {
  const initial = [...name.trim()][0]?.toUpperCase() ?? ''
  return (
    <div className="absolute inset-0 flex items-center justify-center bg-gradient-to-br from-slate-100 to-slate-200 text-slate-500 dark:from-slate-800 dark:to-slate-900 dark:text-slate-400">
      {initial && /\p{L}|\p{N}/u.test(initial) ? (
        <span className="flex size-10 items-center justify-center rounded-full bg-white/70 text-lg font-semibold dark:bg-slate-950/40">
          {initial}
        </span>
      ) : (
        <Icon name="video" className="size-8" />
      )}
    </div>
  )
}
