import { type KeyboardEvent, type MouseEvent, type PointerEvent, useRef, useState } from 'react'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import { usePlayback } from '../playback-context.ts'
import { timeAtFraction, type MarkStop, type TimelineSpan } from './timeline-geometry.ts'
import { currentStop, moveForKey, type StopCursor } from './timeline-stops.ts'

/** The timeline's pointer and key handlers, and the stop whose tooltip shows. */
export interface TimelineInput {
  /** The mark under the pointer, else the keyboard's stop while the slider has focus. */
  readonly shown: MarkStop | undefined
  readonly handlers: {
    onClick(event: MouseEvent<HTMLElement>): void
    onKeyDown(event: KeyboardEvent<HTMLElement>): void
    onFocus(): void
    onBlur(): void
    onPointerDown(): void
    onPointerUp(): void
    onPointerOver(event: PointerEvent<HTMLElement>): void
    onPointerLeave(): void
  }
}

/** The stop index of the mark an event happened on, or null off the marks. */
function stopAt(target: EventTarget): number | null {
  const mark =
    target instanceof Element ? target.closest<HTMLElement>('[data-timeline-mark]') : null
  const index = Number(mark?.dataset['stop'])
  return mark && Number.isInteger(index) ? index : null
}

/**
 * Clicking a mark plays its citation (and chooses its claim); clicking the bar
 * elsewhere seeks there, keeping the play state. Keys step through the stops
 * (see `moveForKey`), keeping the play state too.
 */
export function useTimelineInput(stops: readonly MarkStop[], span: TimelineSpan): TimelineInput {
  const clock = useReader((s) => s.clock)
  const store = useReaderStore()
  const playback = usePlayback()
  // The stop last reached by key or click, so ← and → step through marks sharing a second.
  const remembered = useRef<number | null>(null)
  const [hovered, setHovered] = useState<number | null>(null)
  const [keyed, setKeyed] = useState<number | null>(null)
  // A press focuses the bar too: only focus by keyboard shows the keyboard's stop.
  const pressing = useRef(false)

  const cursor = (): StopCursor => ({
    now: clock.now(),
    remembered: remembered.current,
    primaryId: store.getState().primaryId,
  })
  const goToStop = (at: number, play: boolean): void => {
    const stop = stops[at]
    if (!stop) return
    remembered.current = at
    playback.seek(stop.seconds, play ? { chosen: stop.id, play: true } : { chosen: stop.id })
  }
  const seekTo = (t: number): void => {
    remembered.current = null
    playback.seek(Math.min(span.end, Math.max(0, t)))
  }

  const handlers: TimelineInput['handlers'] = {
    onClick(event) {
      const at = stopAt(event.target)
      if (at !== null) return goToStop(at, true)
      const box = event.currentTarget.getBoundingClientRect()
      if (box.width > 0) seekTo(timeAtFraction((event.clientX - box.left) / box.width, span.end))
    },
    onKeyDown(event) {
      if (event.key === 'Escape' && (hovered ?? keyed) !== null) {
        setHovered(null)
        setKeyed(null)
        return
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const move = moveForKey(event.key, stops, cursor())
      if (!move) return
      event.preventDefault()
      if (move.type === 'stop') goToStop(move.index, false)
      else if (move.type === 'by') seekTo(clock.now() + move.seconds)
      setKeyed(move.type === 'stop' ? move.index : null)
    },
    onFocus() {
      if (!pressing.current) setKeyed(currentStop(stops, cursor()))
    },
    onBlur() {
      pressing.current = false
      setKeyed(null)
    },
    onPointerDown: () => void (pressing.current = true),
    onPointerUp: () => void (pressing.current = false),
    onPointerOver: (event) => setHovered(stopAt(event.target)),
    onPointerLeave: () => setHovered(null),
  }
  return { shown: stops[hovered ?? keyed ?? -1], handlers }
}
