import { type RefObject, useEffect } from 'react'
import type { PlaybackClock } from '../../../store/playback-clock.ts'
import { describePosition, percentOf, type TimelineSpan } from './timeline-geometry.ts'

/**
 * Moves the playhead and the slider's value with the clock, straight on the
 * DOM (time never goes through React state): the playhead every change, the
 * spoken value only when the whole second changes.
 */
export function useTimelineClock(
  clock: PlaybackClock,
  span: TimelineSpan,
  bar: RefObject<HTMLElement | null>,
  playhead: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    let shown: number | null = null
    return clock.subscribe((t) => {
      if (playhead.current) playhead.current.style.left = `${percentOf(t, span.end)}%`
      const whole = wholeSecondsOn(t, span)
      if (whole === shown || !bar.current) return
      shown = whole
      bar.current.setAttribute('aria-valuenow', String(whole))
      bar.current.setAttribute('aria-valuetext', describePosition(whole, span))
    })
  }, [clock, span, bar, playhead])
}

/** The slider's value at t: whole seconds, never past its maximum. */
export function wholeSecondsOn(t: number, span: TimelineSpan): number {
  return Math.max(0, Math.min(Math.floor(t), Math.floor(span.end)))
}
