import {
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { CompiledNote } from '../../note/compiled-note.ts'
import { ReaderStoreContext, useReader } from '../../store/use-reader.ts'
import { NoteProblems } from '../note-problems.tsx'
import { ErrorBoundary } from '../error-boundary.tsx'
import { SkipLink } from '../skip-link.tsx'
import { useLinkTo } from '../use-link-to.ts'
import { NoteBody } from './note/note-body.tsx'
import type { Route } from '../route.ts'
import { BackToNow } from './follow/back-to-now.tsx'
import { useClaimReveal } from './note/use-claim-reveal.ts'
import { NoteGutter } from './gutter/note-gutter.tsx'
import { PaneDivider } from './pane-divider.tsx'
import { GoToClaimContext, PlaybackContext } from './playback-context.ts'
import { TourContext } from './tour/tour-context.ts'
import { ReaderHeader } from './reader-header.tsx'
import { ReaderFrame } from './layout/reader-frame.tsx'
import { VideoColumn } from './layout/video-column.tsx'
import { useLayoutMode } from './layout/use-layout-mode.ts'
import {
  HelpDialog,
  NoteBacklinks,
  NowPlayingAnnouncer,
  preloadDeferredParts,
  ReaderMoreSheet,
  SearchBar,
  StampNotices,
} from './deferred-parts.ts'
import { useFollowScroll } from './follow/use-follow-scroll.ts'
import { useReaderActions } from './keys/use-reader-actions.ts'
import { useReaderSession } from './use-reader-session.ts'
import { useRouteJumps } from './use-route-jumps.ts'
import { useShortcuts } from './keys/use-shortcuts.ts'

interface ReaderPageProps {
  readonly note: CompiledNote
  readonly route: Route
  /** The title of the note being opened in place of this one, while it loads. */
  readonly pending?: string | null
}

/** The reader: the video and its controls beside the note, kept in step both ways. */
export function ReaderPage({ note, route, pending = null }: ReaderPageProps): ReactNode {
  const session = useReaderSession(note.doc, route)
  // Another note of the same video: the player and its time stay (layout effect: before the route's jump looks for its claim).
  useLayoutEffect(() => {
    const { store, tour } = session
    if (store.getState().original === note.doc) return
    tour.stop()
    store.getState().openNote(note.doc)
  }, [session, note.doc])
  return (
    <ReaderStoreContext value={session.store}>
      <PlaybackContext value={session.playback}>
        <GoToClaimContext value={session.goToClaim}>
          <TourContext value={session.tour}>
            <ReaderLayout note={note} route={route} startAt={session.startAt} pending={pending} />
          </TourContext>
        </GoToClaimContext>
      </PlaybackContext>
    </ReaderStoreContext>
  )
}

interface ReaderLayoutProps {
  readonly note: CompiledNote
  readonly route: Route
  readonly startAt: ReturnType<typeof useReaderSession>['startAt']
  readonly pending: string | null
}

function ReaderLayout({ note, route, startAt, pending }: ReaderLayoutProps): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  const article = useRef<HTMLElement>(null)
  const moreButton = useRef<HTMLButtonElement>(null)
  const [searching, setSearching] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [moreOpen, setMoreOpen] = useState(false)
  const split = useReader((s) => s.settings.split)
  const updateSettings = useReader((s) => s.updateSettings)
  const mode = useLayoutMode()
  const narrow = mode !== 'wide'
  // The note as read now: its stamps may have been repaired.
  const doc = useReader((s) => s.doc)
  const ui = useMemo(
    () => ({ scroller, openSearch: () => setSearching(true), openHelp: () => setHelpOpen(true) }),
    [],
  )
  const perform = useReaderActions(ui)
  // A modal dialog owns the keys while it is open.
  useShortcuts(perform, !helpOpen && !(narrow && moreOpen))
  useFollowScroll(scroller)
  useRouteJumps(route)
  useClaimReveal(scroller)
  const linkTo = useLinkTo()
  // A note opened in this reader starts at its top (follow then shows what plays).
  const slug = note.doc.slug
  useLayoutEffect(() => {
    if (slug) scroller.current?.scrollTo({ top: 0 })
  }, [slug])
  useEffect(preloadDeferredParts, [])
  const search = searching && (
    <Suspense fallback={null}>
      <SearchBar article={article} onClose={() => setSearching(false)} />
    </Suspense>
  )

  return (
    <>
      <SkipLink />
      <ReaderFrame
        mode={mode}
        split={split}
        header={
          // On a narrow screen the search field takes the header's place, not the note's.
          narrow && search ? (
            search
          ) : (
            <ReaderHeader
              compact={narrow}
              onHelp={() => setHelpOpen(true)}
              onSearch={() => setSearching(true)}
            />
          )
        }
        video={
          <VideoColumn
            mode={mode}
            startAt={startAt}
            perform={perform}
            scroller={scroller}
            {...(narrow && {
              more: { button: moreButton, open: moreOpen, onOpen: () => setMoreOpen(true) },
            })}
          />
        }
        divider={
          <PaneDivider value={split} onChange={(value) => updateSettings({ split: value })} />
        }
        note={
          <>
            <div
              ref={scroller}
              id="note"
              data-note-pane=""
              tabIndex={-1}
              className="relative h-full overflow-y-auto focus:outline-none"
            >
              {!narrow && search}
              {pending !== null && (
                <p
                  role="status"
                  className="sticky top-2 z-10 mx-auto mt-2 w-fit rounded-full bg-slate-900/85 px-3 py-1 text-sm text-white shadow dark:bg-slate-100/90 dark:text-slate-900"
                >
                  Opening {pending}…
                </p>
              )}
              <div className="mx-auto max-w-3xl px-5 pt-6 pb-[45vh] sm:px-8">
                <Suspense fallback={null}>
                  <StampNotices />
                </Suspense>
                <NoteProblems file={note.file} diagnostics={note.diagnostics} />
                <ErrorBoundary what="the note">
                  <NoteBody ref={article} doc={doc} linkTo={linkTo} />
                </ErrorBoundary>
                <ErrorBoundary what="the links to this note">
                  <Suspense fallback={null}>
                    <NoteBacklinks slug={note.doc.slug} />
                  </Suspense>
                </ErrorBoundary>
              </div>
            </div>
            <NoteGutter scroller={scroller} article={article} />
            <BackToNow onClick={() => perform('back-to-now')} />
          </>
        }
      />
      <Suspense fallback={null}>
        {narrow && (
          <ReaderMoreSheet
            open={moreOpen}
            onClose={() => setMoreOpen(false)}
            opener={moreButton}
            perform={perform}
            scroller={scroller}
          />
        )}
        <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        <NowPlayingAnnouncer />
      </Suspense>
    </>
  )
}
