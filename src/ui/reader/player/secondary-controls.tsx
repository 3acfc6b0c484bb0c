import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { type ReaderAction, shortcutTitle } from '../keys/key-bindings.ts'
import { ControlButton } from './control-button.tsx'

interface ControlsProps {
  readonly perform: (action: ReaderAction) => void
}

/** Slower, the rate, faster: each step is what `<` and `>` do. */
export function RateControl({ perform }: ControlsProps): ReactNode {
  const rate = useReader((s) => s.rate)
  return (
    <span className="inline-flex shrink-0 items-center rounded-md border border-slate-200 dark:border-slate-700">
      <button
        type="button"
        aria-label="Slower"
        title={shortcutTitle('slower')}
        onClick={() => perform('slower')}
        className="px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        −
      </button>
      <span
        data-rate=""
        aria-label={`Playback rate ${rate}×`}
        className="min-w-[3.2em] text-center font-mono text-xs tabular-nums"
      >
        {rate}×
      </span>
      <button
        type="button"
        aria-label="Faster"
        title={shortcutTitle('faster')}
        onClick={() => perform('faster')}
        className="px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        +
      </button>
    </span>
  )
}

/** Previous and next cited moment in the video's order (`Shift+P`, `Shift+N`). */
export function CitationButtons({ perform }: ControlsProps): ReactNode {
  return (
    <>
      <ControlButton
        icon="previousCitation"
        label="Previous cited moment in the video"
        action="previous-citation"
        perform={perform}
      />
      <ControlButton
        icon="nextCitation"
        label="Next cited moment in the video"
        action="next-citation"
        perform={perform}
      />
    </>
  )
}
