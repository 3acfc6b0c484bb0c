import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CompiledNote } from '../../note/compiled-note.ts'
import { resolveWikilink } from '../../note/resolve-wikilink.ts'
import { ReaderStoreContext, useReader } from '../../store/use-reader.ts'
import { DiagnosticsPanel } from '../diagnostics-panel.tsx'
import { ErrorBoundary } from '../error-boundary.tsx'
import { SkipLink } from '../skip-link.tsx'
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
  readonly library: readonly CompiledNote[]
  readonly route: Route
}

/** The reader: the video and its controls beside the note, kept in step both ways. */
export function ReaderPage({ note, library, route }: ReaderPageProps): ReactNode {
  const session = useReaderSession(note.doc, route)
  return (
    <ReaderStoreContext value={session.store}>
      <PlaybackContext value={session.playback}>
        <GoToClaimContext value={session.goToClaim}>
          <TourContext value={session.tour}>
            <ReaderLayout note={note} library={library} route={route} startAt={session.startAt} />
          </TourContext>
        </GoToClaimContext>
      </PlaybackContext>
    </ReaderStoreContext>
  )
}

interface ReaderLayoutProps {
  readonly note: CompiledNote
  readonly library: readonly CompiledNote[]
  readonly route: Route
  readonly startAt: ReturnType<typeof useReaderSession>['startAt']
}

function ReaderLayout({ note, library, route, startAt }: ReaderLayoutProps): ReactNode {
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
  const resolve = useCallback(
    (target: string) =>
      resolveWikilink(
        target,
        library.map((n) => n.doc),
      ),
    [library],
  )
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
              <div className="mx-auto max-w-3xl px-5 pt-6 pb-[45vh] sm:px-8">
                <Suspense fallback={null}>
                  <StampNotices />
                </Suspense>
                <DiagnosticsPanel file={note.file} diagnostics={note.diagnostics} />
                <ErrorBoundary what="the note">
                  <NoteBody ref={article} doc={doc} resolveWikilink={resolve} />
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
