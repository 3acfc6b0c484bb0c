import type { ReactNode, RefObject } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { GapIndicator } from '../follow/gap-indicator.tsx'
import type { ReaderAction } from '../keys/key-bindings.ts'
import { Outline } from '../outline/outline.tsx'
import { CitationButtons, RateControl } from '../player/secondary-controls.tsx'
import { NoteByline } from '../reader-header.tsx'
import { TourBar } from '../tour/tour-bar.tsx'
import { MoreSheet } from './more-sheet.tsx'

interface ReaderMoreSheetProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly opener: RefObject<HTMLButtonElement | null>
  readonly perform: (action: ReaderAction) => void
  readonly scroller: RefObject<HTMLElement | null>
}

/** The sheet's controls that send the reader back to the note: choosing one closes it. */
const SHEET_CLOSERS = '[data-outline-section], [data-tour-start], [data-gap] button'

/** What a narrow screen's one row of controls leaves out: byline, rate, video order, gap, tour, outline. */
export function ReaderMoreSheet({
  open,
  onClose,
  opener,
  perform,
  scroller,
}: ReaderMoreSheetProps): ReactNode {
  const touring = useReader((s) => s.tour !== null)
  return (
    <MoreSheet open={open} onClose={onClose} opener={opener} closesOn={SHEET_CLOSERS}>
      <NoteByline />
      <div role="toolbar" aria-label="More playback" className="flex flex-wrap items-center gap-2">
        <RateControl perform={perform} />
        <CitationButtons perform={perform} />
      </div>
      <GapIndicator />
      {/* A running tour shows under the video instead, in sight. */}
      {!touring && <TourBar ending={false} />}
      <Outline scroller={scroller} />
    </MoreSheet>
  )
}
