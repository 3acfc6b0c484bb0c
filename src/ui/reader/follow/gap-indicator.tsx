import { type ReactNode, useLayoutEffect, useRef } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { formatTimeUntil } from '../../../time/timestamp.ts'
import { usePlayback } from '../playback-context.ts'

/**
 * In a stretch the note does not cover: how far the next cited moment is,
 * counted down on the clock (written to the DOM) in the same whole seconds
 * as the clock and the chips, with a way to skip to it.
 */
export function GapIndicator(): ReactNode {
  const next = useReader((s) => s.nextMoment)
  const clock = useReader((s) => s.clock)
  const playback = usePlayback()
  const countdown = useRef<HTMLSpanElement>(null)
  // Before paint: a countdown filled in after it would lengthen the line, and
  // what sits below it (the outline) would shift.
  useLayoutEffect(() => {
    if (next === null) return undefined
    return clock.subscribe((t) => {
      if (countdown.current) countdown.current.textContent = formatTimeUntil(t, next)
    })
  }, [clock, next])
  if (next === null) return null
  return (
    <p data-gap="" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
      <span>
        The note cites nothing here. Next cited moment in{' '}
        <span ref={countdown} className="font-mono tabular-nums" />
      </span>
      <button
        type="button"
        onClick={() => playback.seek(next)}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Skip to it
      </button>
    </p>
  )
}
