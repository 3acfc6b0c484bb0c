import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { Icon } from '../../icon.tsx'
import { shortcutTitle } from '../keys/key-bindings.ts'
import { useTour } from './tour-context.ts'

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-200 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800'

/**
 * "Play the note": the guided tour through the note's cited moments in
 * reading order. While it runs it says where it is and offers back, skip and
 * stop; when it has ended it says how far it got, politely, until dismissed.
 */
export function TourBar({ ending = true }: { readonly ending?: boolean }): ReactNode {
  const claims = useReader((s) => s.doc.claims.length)
  if (claims === 0) return null
  return (
    <div>
      <TourControls />
      {ending && <TourEnding />}
    </div>
  )
}

function TourControls(): ReactNode {
  const tour = useTour()
  const state = useReader((s) => s.tour)
  const from = useReader((s) => s.cursorId)
  const claims = useReader((s) => s.doc.claims.length)
  if (claims === 0) return null
  if (!state) {
    return (
      <div className="flex items-center gap-3 py-1">
        <button
          type="button"
          data-tour-start=""
          onClick={() => tour.start(from)}
          className={BUTTON}
        >
          <Icon name="play" className="size-4" />
          Play the note
        </button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Each claim&rsquo;s moment in reading order{from ? ', from the claim you are on' : ''}
        </span>
      </div>
    )
  }
  return (
    <div
      data-tour=""
      role="group"
      aria-label="Guided tour"
      className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 dark:bg-amber-400/10"
    >
      <span
        role="status"
        className="mr-auto text-sm font-medium text-amber-950 dark:text-amber-100"
      >
        Playing the note: claim {state.stop + 1} of {state.total}
      </span>
      <button
        type="button"
        onClick={tour.back}
        className={BUTTON}
        title={shortcutTitle('previous-claim')}
      >
        Back
      </button>
      <button
        type="button"
        onClick={tour.skip}
        className={BUTTON}
        title={shortcutTitle('next-claim')}
      >
        Skip
      </button>
      <button
        type="button"
        onClick={tour.stop}
        className={BUTTON}
        title={shortcutTitle('stop-tour')}
      >
        Stop
      </button>
    </div>
  )
}

/**
 * How the last tour ended. The live region stays in the page, so what fills it
 * is announced; where the tour's controls sit in a closed sheet (a phone), the
 * reader mounts it apart, in sight.
 */
export function TourEnding(): ReactNode {
  const end = useReader((s) => s.tourEnd)
  const dismiss = useReader((s) => s.setTourEnd)
  const text =
    end === null
      ? ''
      : end.finished
        ? `Tour finished — ${end.reached} of ${end.total} claims`
        : `Tour stopped at claim ${end.reached} of ${end.total}`
  return (
    <div className="flex items-center gap-2">
      <p aria-live="polite" data-tour-end="" className="text-sm text-slate-700 dark:text-slate-300">
        {text}
      </p>
      {end && (
        <button
          type="button"
          onClick={() => dismiss(null)}
          className="rounded px-2 py-0.5 text-xs font-medium text-slate-700 underline decoration-slate-400 underline-offset-2 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Dismiss
        </button>
      )}
    </div>
  )
}
