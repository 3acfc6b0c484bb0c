import { type KeyboardEvent, type RefObject, useRef, useState } from 'react'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import { usePlayback } from '../playback-context.ts'
import type { MarkStop, TimelineSpan } from './timeline-geometry.ts'
import { currentStop, moveForKey, type StopCursor } from './timeline-stops.ts'
import {
  type PointerPick,
  type TimelinePointer,
  useTimelinePointer,
} from './use-timeline-pointer.ts'

/** The timeline's input: what its tooltip shows, and the handlers of the bar and its holder. */
export interface TimelineInput {
  /** The pointer's pick, else the keyboard's stop while the slider has focus. */
  readonly shown: PointerPick | null
  readonly choose: TimelinePointer['choose']
  readonly preview: TimelinePointer['preview']
  readonly barHandlers: TimelinePointer['barHandlers'] & {
    onFocus(): void
    onBlur(): void
    onKeyDown(event: KeyboardEvent<HTMLElement>): void
  }
  readonly rootHandlers: TimelinePointer['rootHandlers'] & {
    onKeyDown(event: KeyboardEvent<HTMLElement>): void
  }
}

/**
 * Clicking a mark plays its citation (and chooses its claim); clicking the bar
 * away from the marks seeks there, keeping the play state (see
 * `useTimelinePointer` for how the pointer picks). Keys step through the stops
 * (see `moveForKey`), keeping the play state too; Escape hides the tooltip.
 */
export function useTimelineInput(
  stops: readonly MarkStop[],
  span: TimelineSpan,
  root: RefObject<HTMLElement | null>,
  bar: RefObject<HTMLElement | null>,
): TimelineInput {
  const clock = useReader((s) => s.clock)
  const store = useReaderStore()
  const playback = usePlayback()
  // The stop last reached by key or click, so ← and → step through marks sharing a second.
  const remembered = useRef<number | null>(null)
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
  const pointer = useTimelinePointer(stops, span, root, { goToStop, seekTo })

  const keyedPick: PointerPick | null =
    keyed === null ? null : { index: keyed, first: keyed, last: keyed, pinned: false }
  return {
    shown: pointer.pick ?? keyedPick,
    choose(index) {
      const focused = root.current?.contains(document.activeElement) === true
      pointer.choose(index)
      // A list chosen from by keyboard hands focus back to the bar, on the chosen stop.
      if (!focused) return
      bar.current?.focus()
      setKeyed(index)
    },
    preview: pointer.preview,
    barHandlers: {
      ...pointer.barHandlers,
      onPointerDown(event) {
        pressing.current = true
        pointer.barHandlers.onPointerDown(event)
      },
      onPointerUp(event) {
        pressing.current = false
        pointer.barHandlers.onPointerUp(event)
      },
      onKeyDown(event) {
        if (event.altKey || event.ctrlKey || event.metaKey) return
        const move = moveForKey(event.key, stops, cursor())
        if (!move) return
        event.preventDefault()
        pointer.dismiss()
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
    },
    rootHandlers: {
      ...pointer.rootHandlers,
      onKeyDown(event) {
        if (event.key !== 'Escape' || (pointer.pick === null && keyed === null)) return
        if (root.current?.contains(document.activeElement)) bar.current?.focus()
        pointer.dismiss()
        setKeyed(null)
      },
    },
  }
}
