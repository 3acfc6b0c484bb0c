import { type ReactNode, useEffect, useMemo, useRef } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { guessDuration } from '../../../time/guess-duration.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'

/**
 * The current time as `H:MM:SS` or `M:SS`, written straight to the DOM on
 * every clock change (never through React state), and the duration beside it
 * — as a fact only when the video reported it (DESIGN §3: times are honest).
 * On the note's own clock the total is a guess, marked `~` and said to be
 * estimated; once the clock runs past the guess the guess is hidden.
 */
export function ClockDisplay({
  reserveWidth = false,
}: {
  /**
   * Keep, from the first paint, the width the clock takes once the video's
   * length is shown, so that nothing after it in a wrapping row moves (or
   * wraps) when it comes.
   */
  readonly reserveWidth?: boolean
}): ReactNode {
  const clock = useReader((s) => s.clock)
  const duration = useReader((s) => s.duration)
  const guessing = useReader((s) => s.duration === null && s.status === 'fallback')
  const doc = useReader((s) => s.doc)
  const guess = useMemo(
    () => guessDuration(doc.claims.flatMap((claim) => claim.citations.map((c) => c.seconds))),
    [doc],
  )
  const ref = useRef<HTMLSpanElement>(null)
  const guessRef = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    let shown = ''
    return clock.subscribe((t) => {
      const text = formatTimestamp(t)
      if (text !== shown && ref.current) ref.current.textContent = shown = text
      if (guessRef.current) guessRef.current.hidden = t > guess
    })
  }, [clock, guess])
  // Monospace digits: one `ch` each, as are ' / ~'.
  const reserved = `${formatTimestamp(clock.now()).length + 4 + formatTimestamp(guess).length}ch`
  return (
    <span
      className={`font-mono text-sm tabular-nums text-slate-700 dark:text-slate-200 ${reserveWidth ? 'inline-block' : ''}`}
      style={reserveWidth ? { minWidth: reserved } : undefined}
    >
      <span data-clock="" ref={ref} aria-label="Current time" role="timer" aria-live="off">
        {formatTimestamp(clock.now())}
      </span>
      {duration !== null && (
        <span className="text-slate-600 dark:text-slate-400"> / {formatTimestamp(duration)}</span>
      )}
      {guessing && (
        <span
          ref={guessRef}
          data-clock-total="estimated"
          hidden={clock.now() > guess}
          title="Estimated from the note: the video's length is unknown without the video"
          className="text-slate-600 dark:text-slate-400"
        >
          <span aria-hidden="true"> / ~{formatTimestamp(guess)}</span>
          <span className="sr-only">
            {' '}
            of about {formatTimestamp(guess)}, estimated from the note
          </span>
        </span>
      )}
    </span>
  )
}
