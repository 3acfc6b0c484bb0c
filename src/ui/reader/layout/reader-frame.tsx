import type { CSSProperties, ReactNode } from 'react'
import type { LayoutMode } from './use-layout-mode.ts'

interface ReaderFrameProps {
  readonly mode: LayoutMode
  /** The video pane's share of a wide screen, in percent. */
  readonly split: number
  readonly header: ReactNode
  /** The player, its controls and the timeline. */
  readonly video: ReactNode
  /** The note's scroll pane and what floats over it. */
  readonly note: ReactNode
  /** The draggable line between the panes; only wide screens have one. */
  readonly divider: ReactNode
}

const VIDEO_LABEL = 'Video'
const NOTE_LABEL = 'Note'

/** Each mode's classes; the elements stay the same, so turning the phone remounts nothing (not the player). */
const CLASSES = {
  wide: {
    main: 'flex min-h-0 flex-1 flex-row',
    video: 'w-[var(--player-share)] shrink-0 overflow-y-auto',
    videoInner: 'px-5 pt-5',
  },
  stacked: {
    main: 'flex min-h-0 flex-1 flex-col',
    video: 'shrink-0 border-b border-slate-200 dark:border-slate-800',
    videoInner: 'px-3 pt-2',
  },
  side: {
    main: 'flex min-h-0 flex-1 flex-row',
    video:
      'flex w-[46%] shrink-0 flex-col overflow-y-auto border-r border-slate-200 dark:border-slate-800',
    videoInner: 'px-2 pt-2',
  },
} as const

/**
 * Where the reader's parts go on each screen (DESIGN §3). The note always
 * scrolls in its own pane and nothing is laid over it:
 * - wide: the header on top, the video pane and the note side by side;
 * - stacked: the header, the video pinned under it, the note below taking the rest;
 * - side (a phone held sideways): the header and the video in a column left of
 *   the note, which keeps the whole height.
 */
export function ReaderFrame({
  mode,
  split,
  header,
  video,
  note,
  divider,
}: ReaderFrameProps): ReactNode {
  const classes = CLASSES[mode]
  return (
    <div className="flex h-dvh flex-col">
      {mode !== 'side' && header}
      <main className={classes.main} style={{ '--player-share': `${split}%` } as CSSProperties}>
        <section aria-label={VIDEO_LABEL} className={classes.video}>
          {mode === 'side' && header}
          <div className={classes.videoInner}>{video}</div>
        </section>
        {mode === 'wide' && divider}
        <section aria-label={NOTE_LABEL} className="relative min-h-0 min-w-0 flex-1">
          {note}
        </section>
      </main>
    </div>
  )
}
