import { type ReactNode, useEffect, useRef } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'

/**
 * The current time as `H:MM:SS` or `M:SS`, written straight to the DOM on
 * every clock change (never through React state), and the duration beside it.
 */
export function ClockDisplay(): ReactNode {
  const clock = useReader((s) => s.clock)
  const duration = useReader((s) => s.duration)
  const ref = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    let shown = ''
    return clock.subscribe((t) => {
      const text = formatTimestamp(t)
      if (text !== shown && ref.current) ref.current.textContent = shown = text
    })
  }, [clock])
  return (
    <span className="font-mono text-sm tabular-nums text-slate-700 dark:text-slate-200">
      <span data-clock="" ref={ref} aria-label="Current time" role="timer" aria-live="off">
        {formatTimestamp(clock.now())}
      </span>
      {duration !== null && (
        <span className="text-slate-600 dark:text-slate-400"> / {formatTimestamp(duration)}</span>
      )}
    </span>
  )
}
