import { type ReactNode, Suspense, useCallback, useEffect, useState } from 'react'
import type { LibraryStore } from '../library/library-store.ts'
import { type Audience, AudienceContext } from './audience.ts'
import { LibraryStoreContext, useLibrary, useLibraryStore } from './library-context.ts'
import { LibraryLoading, LoadFailed } from './library-status.tsx'
import { LibraryPage, LibrarySearchDialog, OwnNoteIntake, TopicPage } from './lazy-pages.ts'
import { NoteRoute } from './note-route.tsx'
import { useSearchShortcut } from './search/use-search-shortcut.ts'
import { useAppRoute } from './use-hash-route.ts'

interface AppProps {
  readonly library: LibraryStore
  /** Who reads: the author (dev server) by default, a reader on a built site. */
  readonly audience?: Audience
}

/** The library and its pages: the index, a note, a topic; and your own notes, opened on any of them. */
export function App({ library, audience = 'author' }: AppProps): ReactNode {
  useEffect(() => {
    void library.getState().start()
  }, [library])
  return (
    <AudienceContext value={audience}>
      <LibraryStoreContext value={library}>
        <RoutedPage />
        <Suspense fallback={null}>
          <OwnNoteIntake />
        </Suspense>
        <GlobalSearch />
      </LibraryStoreContext>
    </AudienceContext>
  )
}

function RoutedPage(): ReactNode {
  const route = useAppRoute()
  switch (route.kind) {
    case 'note':
      return <NoteRoute route={route} />
    case 'topic':
      return (
        <Suspense fallback={<LibraryLoading what="the topic" />}>
          <TopicPage target={route.target} />
        </Suspense>
      )
    case 'library':
      return <LibraryHome />
  }
}

/**
 * The search across every note: Ctrl+K (⌘K) on any page; `/` too on topic
 * pages (a note and the index have search boxes of their own). The dialog and
 * the search load the first time it opens.
 */
function GlobalSearch(): ReactNode {
  const route = useAppRoute()
  const [open, setOpen] = useState(false)
  const show = useCallback(() => setOpen(true), [])
  useSearchShortcut(route.kind === 'topic', show)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <LibrarySearchDialog onClose={() => setOpen(false)} />
    </Suspense>
  )
}

/** `#/`: the index of every note; a library of one note (and none of your own) simply opens it. */
function LibraryHome(): ReactNode {
  const store = useLibraryStore()
  const status = useLibrary((s) => s.status)
  const problem = useLibrary((s) => s.problem)
  const entries = useLibrary((s) => s.entries)
  if (status === 'loading') return <LibraryLoading />
  const only = entries.length === 1 ? entries[0] : undefined
  if (status === 'ready' && only?.kind === 'note')
    return <NoteRoute route={{ slug: only.slug, t: null, claim: null }} />
  if (status === 'failed' && entries.length === 0)
    return (
      <LoadFailed
        what="the library"
        message={problem ?? ''}
        onRetry={() => void store.getState().start()}
      />
    )
  return (
    <Suspense fallback={<LibraryLoading />}>
      <LibraryPage />
    </Suspense>
  )
}
