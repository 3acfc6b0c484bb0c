import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react'
import YouTube, { type YouTubeProps } from 'react-youtube'
import { isVideoId, type VideoId } from '../note/model.ts'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { createEmbedSession, type EmbedSession } from './embed-session.ts'
import type { PlayerFailure } from './player.ts'
import type { YouTubePlayer } from './youtube-player.ts'
import { isYouTubeScriptBlocked } from './youtube-script-status.ts'

export interface YouTubeEmbedProps {
  /** Anything that is not a valid VideoId never reaches YouTube: `no-video`. */
  readonly videoId: VideoId | string | null
  /** Where the video is cued when the embed mounts; later changes are ignored. */
  readonly startAt?: Seconds
  /** What the video is, for the iframe's title: "YouTube video player: <title>". */
  readonly title?: string
  /** Called once per ready player, with a new adapter each time. */
  readonly onPlayer: (player: YouTubePlayer) => void
  /** Called once per distinct failure of this embed. */
  readonly onFailure: (failure: PlayerFailure) => void
  /** How long YouTube may take to get ready before `script-timeout`; read at mount. */
  readonly readyTimeoutMs?: number
}

export const DEFAULT_READY_TIMEOUT_MS = 10_000

/**
 * YouTube's player in a 16:9 box, on react-youtube. It owns the adapter: it
 * creates one when the newest player is ready, forwards that player's events
 * to it, and destroys it on unmount. A new `videoId` mounts a fresh player.
 */
export function YouTubeEmbed(props: YouTubeEmbedProps): ReactNode {
  const { videoId } = props
  if (!isVideoId(videoId)) return <NoVideo onFailure={props.onFailure} />
  return <VideoEmbed key={videoId} {...props} videoId={videoId} />
}

/** Renders nothing and reports `no-video`, once, even under StrictMode's double effects. */
function NoVideo({ onFailure }: Pick<YouTubeEmbedProps, 'onFailure'>): ReactNode {
  const reported = useRef(false)
  useEffect(() => {
    if (reported.current) return
    reported.current = true
    onFailure('no-video')
  }, [onFailure])
  return null
}

/**
 * playerVars are fixed at mount: react-youtube re-cues the video when `start`
 * changes and rebuilds the player when other options change.
 * @see https://developers.google.com/youtube/player_parameters
 */
function playerOptions(startAt: Seconds): NonNullable<YouTubeProps['opts']> {
  const origin = window.location.origin
  return {
    width: '100%',
    height: '100%',
    playerVars: {
      start: Math.floor(startAt),
      playsinline: 1,
      rel: 0,
      enablejsapi: 1,
      // A file:// page's origin is the string 'null', which YouTube would reject.
      ...(origin === 'null' ? {} : { origin }),
    },
  }
}

interface Callbacks {
  readonly onPlayer: (player: YouTubePlayer) => void
  readonly onFailure: (failure: PlayerFailure) => void
}

/**
 * One session per effect run: StrictMode's simulated unmount closes the first
 * and the remount opens another. Failures reported stay reported across both.
 * A layout effect: on unmount it closes the session (and so the adapter)
 * before react-youtube's componentWillUnmount destroys the player, so no frame
 * in between reads a player YouTube no longer has.
 */
function useEmbedSession(
  youtube: { readonly current: YouTube | null },
  callbacks: { readonly current: Callbacks },
  readyTimeoutMs: number,
): { readonly current: EmbedSession | null } {
  const session = useRef<EmbedSession | null>(null)
  const [reported] = useState(() => new Set<PlayerFailure>())
  useLayoutEffect(() => {
    const current = createEmbedSession({
      onPlayer: (player) => callbacks.current.onPlayer(player),
      onFailure: (failure) => callbacks.current.onFailure(failure),
      // react-youtube declares this field: set while its player is being destroyed.
      isReplacing: () => youtube.current?.destroyPlayerPromise !== undefined,
      readyTimeoutMs,
      reported,
    })
    session.current = current
    return () => {
      current.close()
      session.current = null
    }
  }, [youtube, callbacks, readyTimeoutMs, reported])
  return session
}

function VideoEmbed(props: YouTubeEmbedProps & { readonly videoId: VideoId }): ReactNode {
  const { videoId, title, onPlayer, onFailure } = props
  const callbacks = useRef<Callbacks>({ onPlayer, onFailure })
  useLayoutEffect(() => {
    callbacks.current = { onPlayer, onFailure }
  })
  const youtube = useRef<YouTube>(null)
  const [opts] = useState(() => playerOptions(props.startAt ?? toSeconds(0)))
  const [readyTimeoutMs] = useState(props.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS)
  // youtube-player never retries a failed script: a new player would wait forever.
  const [blocked] = useState(isYouTubeScriptBlocked)
  const session = useEmbedSession(youtube, callbacks, readyTimeoutMs)
  // react-youtube calls whatever handler props it has when the event comes.
  const [handlers] = useState(() => ({
    onReady: (event: unknown) => session.current?.ready(event),
    onStateChange: (event: unknown) => session.current?.stateChange(event),
    onPlaybackRateChange: (event: unknown) => session.current?.rateChange(event),
    onError: (event: unknown) => session.current?.error(event),
  }))
  return (
    <div className="aspect-video w-full">
      {blocked ? null : (
        <YouTube
          ref={youtube}
          videoId={videoId}
          title={`YouTube video player: ${title ?? `video ${videoId}`}`}
          opts={opts}
          className="h-full w-full"
          {...handlers}
        />
      )}
    </div>
  )
}
