import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CompiledNote } from '../../note/compiled-note.ts'
import { resolveWikilink } from '../../note/resolve-wikilink.ts'
import { ReaderStoreContext, useReader } from '../../store/use-reader.ts'
import { DiagnosticsPanel } from '../diagnostics-panel.tsx'
import { ErrorBoundary } from '../error-boundary.tsx'
import { SkipLink } from '../skip-link.tsx'
import { NoteBody } from './note/note-body.tsx'
import type { Route } from '../route.ts'
import { updateSettings, useSettings } from '../settings.ts'
import { BackToNow } from './follow/back-to-now.tsx'
import { claimElement } from './note/claim-dom.ts'
import { ControlsBar } from './player/controls-bar.tsx'
import { GapIndicator } from './follow/gap-indicator.tsx'
import { HelpDialog } from './keys/help-dialog.tsx'
import { NoteGutter } from './gutter/note-gutter.tsx'
import { Outline } from './outline/outline.tsx'
import { PaneDivider } from './pane-divider.tsx'
import { PlaybackContext } from './playback-context.ts'
import { TourBar } from './tour/tour-bar.tsx'
import { TourContext } from './tour/tour-context.ts'
import { PlayerPane } from './player/player-pane.tsx'
import { ReaderHeader } from './reader-header.tsx'
import { SearchBar } from './search/search-bar.tsx'
import { StampNotices } from './note/stamp-notices.tsx'
import { Timeline } from './timeline/timeline.tsx'
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
        <TourContext value={session.tour}>
          <ReaderLayout
            note={note}
            library={library}
            route={route}
            startAt={session.startAt}
            linkedClaim={session.linkedClaim}
          />
        </TourContext>
      </PlaybackContext>
    </ReaderStoreContext>
  )
}

interface ReaderLayoutProps {
  readonly note: CompiledNote
  readonly library: readonly CompiledNote[]
  readonly route: Route
  readonly startAt: ReturnType<typeof useReaderSession>['startAt']
  readonly linkedClaim: ReturnType<typeof useReaderSession>['linkedClaim']
}

function ReaderLayout({
  note,
  library,
  route,
  startAt,
  linkedClaim,
}: ReaderLayoutProps): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  const article = useRef<HTMLElement>(null)
  const [searching, setSearching] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const split = useSettings((s) => s.split)
  // The note as read now: its stamps may have been repaired.
  const doc = useReader((s) => s.doc)
  const ui = useMemo(
    () => ({ scroller, openSearch: () => setSearching(true), openHelp: () => setHelpOpen(true) }),
    [],
  )
  const perform = useReaderActions(ui)
  useShortcuts(perform, !helpOpen)
  useFollowScroll(scroller)
  useRouteJumps(route, scroller)
  useEffect(() => {
    const element =
      linkedClaim && scroller.current ? claimElement(scroller.current, linkedClaim) : null
    element?.scrollIntoView({ block: 'center' })
    element?.focus({ preventScroll: true })
  }, [linkedClaim])
  const resolve = useCallback(
    (target: string) =>
      resolveWikilink(
        target,
        library.map((n) => n.doc),
      ),
    [library],
  )

  return (
    <div className="flex h-dvh flex-col">
      <SkipLink />
      <ReaderHeader onHelp={() => setHelpOpen(true)} onSearch={() => setSearching(true)} />
      <main
        className="flex min-h-0 flex-1 flex-col lg:flex-row"
        style={{ '--player-share': `${split}%` } as React.CSSProperties}
      >
        <section
          aria-label="Video"
          className="shrink-0 border-b border-slate-200 px-3 pt-3 lg:w-[var(--player-share)] lg:overflow-y-auto lg:border-b-0 lg:px-5 lg:pt-5 dark:border-slate-800"
        >
          <ErrorBoundary what="the video">
            <PlayerPane startAt={startAt} />
          </ErrorBoundary>
          <ControlsBar perform={perform} />
          <Timeline />
          <div className="space-y-2 pb-2">
            <GapIndicator />
            <TourBar />
          </div>
          <Outline scroller={scroller} />
        </section>
        <PaneDivider value={split} onChange={(value) => updateSettings({ split: value })} />
        <section aria-label="Note" className="relative min-h-0 flex-1">
          <div
            ref={scroller}
            id="note"
            data-note-pane=""
            tabIndex={-1}
            className="relative h-full overflow-y-auto focus:outline-none"
          >
            {searching && <SearchBar article={article} onClose={() => setSearching(false)} />}
            <div className="mx-auto max-w-3xl px-5 pt-6 pb-[45vh] sm:px-8">
              <StampNotices />
              <DiagnosticsPanel file={note.file} diagnostics={note.diagnostics} />
              <ErrorBoundary what="the note">
                <NoteBody ref={article} doc={doc} resolveWikilink={resolve} />
              </ErrorBoundary>
            </div>
          </div>
          <NoteGutter scroller={scroller} article={article} />
          <BackToNow onClick={() => perform('back-to-now')} />
        </section>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
