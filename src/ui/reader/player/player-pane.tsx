import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef } from 'react'
import { createClockPlayer } from '../../../player/clock-player.ts'
import type { PlayerFailure } from '../../../player/player.ts'
import type { YouTubePlayer } from '../../../player/youtube-player.ts'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import type { Seconds } from '../../../time/seconds.ts'
import { FallbackBanner } from './fallback-banner.tsx'
import { usePlayback } from '../playback-context.ts'
import { useLayoutMode } from '../layout/use-layout-mode.ts'

/**
 * The YouTube embed and its libraries load after the note: the note is
 * readable before the player is (DESIGN §6, first load).
 */
const YouTubeEmbed = lazy(async () => ({
  default: (await import('../../../player/youtube-embed.tsx')).YouTubeEmbed,
}))

/**
 * The video: YouTube's player while it can play, else a clock of the note's
 * own with a banner that says why (DESIGN §3). The note works on either.
 */
export function PlayerPane({ startAt }: { readonly startAt: Seconds }): ReactNode {
  const store = useReaderStore()
  const playback = usePlayback()
  const videoId = useReader((s) => s.doc.videoId)
  const title = useReader((s) => s.doc.title)
  const status = useReader((s) => s.status)
  const failedBy = useReader((s) => s.failure)
  const clockRef = useRef<ReturnType<typeof createClockPlayer> | null>(null)

  const fallBack = useCallback(
    (failure: PlayerFailure) => {
      if (store.getState().status === 'fallback') return
      // Only a duration the video reported ends the clock: a guess would clamp `?t=` and seeks.
      const clock = createClockPlayer({ duration: store.getState().duration })
      clockRef.current = clock
      playback.fallBack(failure, clock)
    },
    [store, playback],
  )
  const onPlayer = useCallback(
    (player: YouTubePlayer) => {
      if (store.getState().status !== 'fallback') return playback.attach(player)
      // Only after a time-out: YouTube was slow, not gone, and takes over from the clock.
      playback.recover(player)
      clockRef.current?.destroy()
      clockRef.current = null
    },
    [store, playback],
  )

  useEffect(() => {
    if (videoId === null) fallBack('no-video')
  }, [videoId, fallBack])
  useEffect(() => () => clockRef.current?.destroy(), [])
  const fallback = status === 'fallback' || videoId === null

  return (
    <div
      data-player=""
      className="overflow-hidden rounded-lg bg-slate-900 shadow-sm ring-1 ring-slate-900/10 dark:ring-white/10"
    >
      {fallback && <ClockFace />}
      {/* After a time-out the embed stays, out of sight, so a late YouTube can still take over. */}
      {videoId !== null && (!fallback || failedBy === 'script-timeout') && (
        <div hidden={fallback}>
          <Suspense fallback={<PlayerLoading />}>
            <YouTubeEmbed
              videoId={videoId}
              startAt={startAt}
              title={title}
              onPlayer={onPlayer}
              onFailure={fallBack}
            />
          </Suspense>
        </div>
      )}
    </div>
  )
}

/** The video's place while its code loads. */
function PlayerLoading(): ReactNode {
  return (
    <div className="flex aspect-video w-full items-center justify-center text-sm text-slate-400">
      Loading the video…
    </div>
  )
}

/**
 * What stands where the video would be when it cannot play, in the video's
 * box: the banner saying why sits at its top, so nothing around it moves.
 * Where the screen is narrow the banner starts as one line.
 */
function ClockFace(): ReactNode {
  const playing = useReader((s) => s.playing)
  const wide = useLayoutMode() === 'wide'
  return (
    <div className="flex aspect-video w-full flex-col overflow-y-auto bg-gradient-to-br from-slate-800 to-slate-950 text-slate-200">
      <FallbackBanner startOpen={wide} />
      <div className="flex flex-1 flex-col items-center justify-center gap-1 px-3 py-2 text-center">
        <span className="text-xs tracking-wide text-slate-400 uppercase sm:text-sm">
          Video unavailable
        </span>
        <span className="text-sm sm:text-lg">
          {playing
            ? 'The note is following its own clock'
            : 'Press play to follow the note on its own clock'}
        </span>
      </div>
    </div>
  )
}
