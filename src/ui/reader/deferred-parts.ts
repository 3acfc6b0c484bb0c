import { lazy } from 'react'

/**
 * Parts of the reader nobody needs to see the note: the shortcut help, the
 * search bar, the phone's More sheet, the notices of a stamp repair (they wait
 * for the video's length anyway), the links to the note from elsewhere (under
 * it) and the screen reader's announcer. They leave
 * the first script, so the note shows sooner (DESIGN §6 holds the page to
 * 100 KB of gzipped JS), and come as one chunk fetched as soon as the reader
 * has mounted, so they are there when asked for.
 */
const loadParts = () => import('./deferred-parts-chunk.ts')

export const HelpDialog = lazy(async () => ({ default: (await loadParts()).HelpDialog }))
export const SearchBar = lazy(async () => ({ default: (await loadParts()).SearchBar }))
export const ReaderMoreSheet = lazy(async () => ({ default: (await loadParts()).ReaderMoreSheet }))
export const StampNotices = lazy(async () => ({ default: (await loadParts()).StampNotices }))
export const NoteBacklinks = lazy(async () => ({ default: (await loadParts()).NoteBacklinks }))
export const NowPlayingAnnouncer = lazy(async () => ({
  default: (await loadParts()).NowPlayingAnnouncer,
}))

/** Starts fetching the deferred parts; they are fetched once however often this runs. */
export function preloadDeferredParts(): void {
  void loadParts()
}
