// The one chunk of the reader's deferred parts (see deferred-parts.ts): one
// file fetched once, rather than a request for each.
export { NowPlayingAnnouncer } from './announce/now-playing-announcer.tsx'
export { HelpDialog } from './keys/help-dialog.tsx'
export { ReaderMoreSheet } from './layout/reader-more-sheet.tsx'
export { StampNotices } from './note/stamp-notices.tsx'
export { SearchBar } from './search/search-bar.tsx'
export { NoteBacklinks } from './backlinks/note-backlinks.tsx'
