import { lazy } from 'react'

// The index and the topic pages load when opened: a note's page carries only the reader.

export const LibraryPage = lazy(async () => ({
  default: (await import('./library/library-page.tsx')).LibraryPage,
}))

export const TopicPage = lazy(async () => ({
  default: (await import('./topic/topic-page.tsx')).TopicPage,
}))
