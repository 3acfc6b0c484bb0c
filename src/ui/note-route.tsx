import { type ReactNode, startTransition, Suspense, useEffect, useState } from 'react'
import type { CompiledNote } from '../note/compiled-note.ts'
import { useLibrary, useLibraryStore } from './library-context.ts'
import { LibraryLoading, LoadFailed } from './library-status.tsx'
import { TopicPage } from './lazy-pages.ts'
import { MissingNote } from './missing-note.tsx'
import { isUnreadable, UnreadableNote } from './unreadable-note.tsx'
import { ReaderPage } from './reader/reader-page.tsx'
import type { Route } from './route.ts'

type NoteRouteProps = { readonly route: Route & { readonly slug: string } }

interface Shown {
  readonly note: CompiledNote
  readonly route: Route
}

/**
 * Opens the note a route names. While the next note loads, the last one stays
 * on screen, so the player it shares with a note of the same video never goes.
 */
export function NoteRoute({ route }: NoteRouteProps): ReactNode {
  const store = useLibraryStore()
  const status = useLibrary((s) => s.status)
  const entry = useLibrary((s) => s.entryOf(route.slug))
  const [shown, setShown] = useState<Shown | null>(null)
  const [failure, setFailure] = useState<{ slug: string; message: string } | null>(null)
  const [attempt, setAttempt] = useState(0)
  // The dev server's edits of this note: each loads it again, into the same reader.
  const edits = useLibrary((s) => s.edits[route.slug] ?? 0)

  useEffect(() => {
    if (!entry || entry.kind === 'page') return
    let live = true
    store
      .getState()
      .loadNote(entry.slug)
      .then(
        (note) => {
          if (!live || !note) return
          // A transition renders in slices that yield to the page (a long
          // note is one long task otherwise); the last note stays until it is done.
          startTransition(() => {
            setFailure(null)
            setShown({ note, route })
          })
        },
        (error: unknown) => {
          if (live)
            setFailure({
              slug: entry.slug,
              message: error instanceof Error ? error.message : String(error),
            })
        },
      )
    return () => {
      live = false
    }
    // A new route of the note already shown (a ?claim= link) goes to the reader as it is.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [entry, store, attempt, edits])

  if (entry?.kind === 'page')
    return (
      <Suspense fallback={<LibraryLoading what="the topic" />}>
        <TopicPage target={entry.slug} />
      </Suspense>
    )
  if (!entry) {
    if (status === 'loading') return <LibraryLoading />
    return <MissingNote slug={route.slug} />
  }
  if (failure?.slug === entry.slug)
    return (
      <LoadFailed
        what={`the note “${entry.title}”`}
        message={failure.message}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    )
  if (!shown) return <LibraryLoading what="the note" />
  const current = shown.note.doc.slug === route.slug
  if (current && isUnreadable(shown.note)) return <UnreadableNote note={shown.note} />
  return (
    <ReaderPage
      key={readerKey(shown.note)}
      note={shown.note}
      route={current ? route : shown.route}
      pending={current ? null : entry.title}
    />
  )
}

/**
 * Notes of one video share a reader, and so its player and its time; another
 * video, or a note without one, gets a reader of its own.
 */
function readerKey(note: CompiledNote): string {
  return note.doc.videoId === null ? `note:${note.doc.slug}` : `video:${note.doc.videoId}`
}
