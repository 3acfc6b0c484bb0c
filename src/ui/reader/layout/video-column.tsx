import type { ReactNode, RefObject } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { ErrorBoundary } from '../../error-boundary.tsx'
import { GapIndicator } from '../follow/gap-indicator.tsx'
import type { ReaderAction } from '../keys/key-bindings.ts'
import { Outline } from '../outline/outline.tsx'
import { ControlsBar } from '../player/controls-bar.tsx'
import { PlayerPane } from '../player/player-pane.tsx'
import { Timeline } from '../timeline/timeline.tsx'
import { TourBar, TourEnding } from '../tour/tour-bar.tsx'
import type { Seconds } from '../../../time/seconds.ts'
import type { LayoutMode } from './use-layout-mode.ts'

interface VideoColumnProps {
  readonly mode: LayoutMode
  readonly startAt: Seconds
  readonly perform: (action: ReaderAction) => void
  readonly scroller: RefObject<HTMLElement | null>
  /** On a narrow screen: the More button that opens the sheet holding the rest. */
  readonly more?: {
    readonly button: RefObject<HTMLButtonElement | null>
    readonly open: boolean
    readonly onOpen: () => void
  }
}

/** How tall the video may grow on a narrow screen, so the note keeps at least half of it. */
const VIDEO_CAP = {
  stacked: 'max-w-[calc(34dvh*16/9)]',
  side: 'max-w-[calc((100dvh-10rem)*16/9)]',
} as const

/** Hidden, not removed: the timeline stays in the DOM (DESIGN §5). */
const TOURING_HIDES_TIMELINE = '[@media(max-height:56rem)]:hidden'

/**
 * The player, its controls and the timeline; on a wide screen also the gap,
 * the tour and the outline, which a narrow one keeps in the More sheet.
 */
export function VideoColumn({
  mode,
  startAt,
  perform,
  scroller,
  more,
}: VideoColumnProps): ReactNode {
  const narrow = mode !== 'wide'
  const touring = useReader((s) => s.tour !== null)
  return (
    <>
      <div className={narrow ? `mx-auto w-full ${VIDEO_CAP[mode]}` : undefined}>
        <ErrorBoundary what="the video">
          <PlayerPane startAt={startAt} />
        </ErrorBoundary>
      </div>
      <ControlsBar perform={perform} {...(more && { more })} />
      {/* On a short stacked screen a running tour takes the timeline's place. */}
      <div className={mode === 'stacked' && touring ? TOURING_HIDES_TIMELINE : undefined}>
        <Timeline />
      </div>
      {narrow ? (
        // A running tour stays in sight (its back, skip and stop are what the
        // reader uses), and so does how it ended.
        <>
          {touring && <TourBar ending={false} />}
          <TourEnding />
        </>
      ) : (
        <>
          <div className="space-y-2 pb-2">
            <GapIndicator />
            <TourBar />
          </div>
          <Outline scroller={scroller} />
        </>
      )}
    </>
  )
}
