/**
 * Whether the IFrame API script failed to load in this page.
 *
 * youtube-player starts loading the script with the first player and keeps
 * that promise in a module variable for the page's life. When the load fails
 * it tells only that first player (an `Error` on its `error` event) and never
 * retries: every later player waits forever, with neither ready nor error.
 * Remembering the failure lets later embeds report it at once instead of
 * waiting for their timeout.
 * @see node_modules/youtube-player/dist/index.js (`youtubeIframeAPI`)
 * @see node_modules/youtube-player/dist/loadYouTubeIframeApi.js
 */
let blocked = false

export function markYouTubeScriptBlocked(): void {
  blocked = true
}

export function isYouTubeScriptBlocked(): boolean {
  return blocked
}
