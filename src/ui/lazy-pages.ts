import { lazy } from 'react'

// The index and the topic pages load when opened: a note's page carries only
// the reader. The intake of your own notes (its hidden file inputs, the drop
// and paste listeners) loads just after the page has mounted, on every page.

export const LibraryPage = lazy(async () => ({
  default: (await import('./library/library-page.tsx')).LibraryPage,
}))

export const TopicPage = lazy(async () => ({
  default: (await import('./topic/topic-page.tsx')).TopicPage,
}))

export const OwnNoteIntake = lazy(async () => ({
  default: (await import('./own-notes/own-note-intake.tsx')).OwnNoteIntake,
}))

export const LibrarySearchDialog = lazy(async () => ({
  default: (await import('./search/library-search-dialog.tsx')).LibrarySearchDialog,
}))
