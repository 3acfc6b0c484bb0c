import type { PlayerFailure } from '../../../player/player.ts'
import type { Seconds } from '../../../time/seconds.ts'
import { noteHref } from '../../route.ts'

/**
 * Failures a second attempt may cure: the script did not arrive (offline, a
 * flaky network, a blocker since turned off) or came too slowly. The others
 * would come back the same: YouTube answered, and said no to this video
 * (a wrong id, removed, embedding disabled), to this browser (a playback
 * error) or to this page (no referrer); without a video there is nothing to retry.
 */
const RETRYABLE: ReadonlySet<PlayerFailure> = new Set(['script-blocked', 'script-timeout'])

export function canRetryYouTube(failure: PlayerFailure): boolean {
  return RETRYABLE.has(failure)
}

/**
 * Tries YouTube again by loading the page afresh at the note's current
 * moment. Nothing less works: youtube-player keeps its one promise of the
 * IFrame API script in a module variable for the page's life, so once the load
 * failed every new player waits on that failed promise forever, and the
 * variable cannot be reached from outside. Follow and the position are saved
 * on `pagehide` (use-reader-session); the link's `?t=` says where to start.
 * @see node_modules/youtube-player/dist/index.js (`youtubeIframeAPI`)
 */
export function reloadNoteAt(slug: string, at: Seconds): void {
  const url = new URL(window.location.href)
  url.hash = `${noteHref(slug)}?t=${Math.floor(at)}`
  // replaceState, not a hash change: the reader would jump before the reload.
  window.history.replaceState(window.history.state, '', url)
  window.location.reload()
}
