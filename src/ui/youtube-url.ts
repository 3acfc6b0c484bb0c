import type { VideoId } from '../note/model.ts'

/** The video's page on YouTube, at a moment when given. */
export function youtubeWatchUrl(videoId: VideoId, seconds?: number): string {
  const at = seconds === undefined ? '' : `&t=${Math.floor(seconds)}s`
  return `https://www.youtube.com/watch?v=${videoId}${at}`
}
