import {
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react'
import { timeAtFraction, type MarkStop, type TimelineSpan } from './timeline-geometry.ts'
import {
  CROWD_GAP,
  PICK_RADIUS,
  type MarkPick,
  type PointerKind,
  crowdAround,
  pickMark,
  pointerKindOf,
} from './timeline-pick.ts'

/** The mark the pointer names, its crowd, and whether a tap pinned the crowd's list open. */
export interface PointerPick extends MarkPick {
  /** A finger tapped a crowd: its list stays until a mark is chosen or it is dismissed. */
  readonly pinned: boolean
}

/** What the pointer does with a stop or a time: the input hook's moves. */
export interface PointerMoves {
  goToStop(index: number, play: boolean): void
  seekTo(t: number): void
}

export interface TimelinePointer {
  readonly pick: PointerPick | null
  /** Plays a stop chosen from the crowd's list, and closes it. */
  choose(index: number): void
  /** Names a stop of the crowd (a row hovered or focused) as the picked one. */
  preview(index: number): void
  dismiss(): void
  /** One set of listeners, on the bar: the marks have none. */
  readonly barHandlers: {
    onPointerDown(event: PointerEvent<HTMLElement>): void
    onPointerMove(event: PointerEvent<HTMLElement>): void
    onPointerUp(event: PointerEvent<HTMLElement>): void
    onPointerCancel(): void
    onClick(event: MouseEvent<HTMLElement>): void
  }
  /** On the element holding the bar and its tooltip, so the pointer can move into the list. */
  readonly rootHandlers: { onPointerLeave(): void }
}

/** The stop index of the mark element an event landed on, or null off the marks. */
function stopAt(target: EventTarget): number | null {
  const mark =
    target instanceof Element ? target.closest<HTMLElement>('[data-timeline-mark]') : null
  const index = Number(mark?.dataset['stop'])
  return mark && Number.isInteger(index) ? index : null
}

const samePick = (a: PointerPick | null, b: PointerPick | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.index === b.index &&
    a.first === b.first &&
    a.last === b.last &&
    a.pinned === b.pinned)

/**
 * The bar's pointer input. Mouse and pen: hovering names the mark nearest the
 * pointer (within `PICK_RADIUS`) and lists its crowd; a click plays it, or
 * seeks when no mark is near. Touch: pressing names the mark under the finger
 * and dragging scrubs from mark to mark; lifting plays it, or pins the list
 * of its crowd to choose from when marks are too close for a finger. The bar's
 * box is read once per event; marks are found from their times.
 */
export function useTimelinePointer(
  stops: readonly MarkStop[],
  span: TimelineSpan,
  root: RefObject<HTMLElement | null>,
  moves: PointerMoves,
): TimelinePointer {
  const [pick, setPick] = useState<PointerPick | null>(null)
  const kind = useRef<PointerKind>('mouse')
  const pressed = useRef(false)
  // Chromium gives a click whole-pixel coordinates but pointer events fractional
  // ones: marks a fraction of a px apart are told apart by the pointer's last place.
  const lastX = useRef<number | null>(null)
  const show = (next: PointerPick | null): void =>
    setPick((previous) => (samePick(previous, next) ? previous : next))
  const pinned = pick?.pinned === true

  // A pinned list closes when the reader presses anywhere else.
  useEffect(() => {
    if (!pinned) return
    const dismissOutside = (event: globalThis.PointerEvent): void => {
      if (!(event.target instanceof Node && root.current?.contains(event.target))) setPick(null)
    }
    document.addEventListener('pointerdown', dismissOutside, true)
    return () => document.removeEventListener('pointerdown', dismissOutside, true)
  }, [pinned, root])

  /** Where the event is on the bar, from one read of its box. */
  const locate = (event: MouseEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const fine = lastX.current
    const clientX =
      event.type === 'click' && fine !== null && Math.abs(fine - event.clientX) < 1
        ? fine
        : event.clientX
    return {
      point: { x: clientX - box.left, width: box.width, end: span.end },
      prefer: stopAt(event.target),
    }
  }
  const pickAt = (event: MouseEvent<HTMLElement>, as: PointerKind): PointerPick | null => {
    const { point, prefer } = locate(event)
    // No layout (not displayed, or a DOM without one): only the mark's own element can tell.
    if (!(point.width > 0))
      return prefer === null ? null : { index: prefer, first: prefer, last: prefer, pinned: false }
    const index = pickMark(stops, point, PICK_RADIUS[as], prefer)
    if (index === null) return null
    return { ...crowdAround(stops, index, point, CROWD_GAP[as]), pinned: false }
  }
  const seekUnder = (event: MouseEvent<HTMLElement>): void => {
    const { point } = locate(event)
    if (point.width > 0) moves.seekTo(timeAtFraction(point.x / point.width, span.end))
  }

  return {
    pick,
    choose(index) {
      setPick(null)
      moves.goToStop(index, true)
    },
    preview(index) {
      setPick((previous) => (previous ? { ...previous, index } : previous))
    },
    dismiss: () => setPick(null),
    barHandlers: {
      onPointerDown(event) {
        kind.current = pointerKindOf(event.pointerType)
        lastX.current = event.clientX
        if (kind.current !== 'touch') return
        pressed.current = true
        // Dragging off the bar still scrubs it, and the lift comes back here.
        event.currentTarget.setPointerCapture?.(event.pointerId)
        show(pickAt(event, 'touch'))
      },
      onPointerMove(event) {
        lastX.current = event.clientX
        const as = pointerKindOf(event.pointerType)
        if (pinned || (as === 'touch' && !pressed.current)) return
        show(pickAt(event, as))
      },
      onPointerUp(event) {
        lastX.current = event.clientX
        if (pointerKindOf(event.pointerType) !== 'touch' || !pressed.current) return
        pressed.current = false
        const lifted = pickAt(event, 'touch')
        if (lifted === null) {
          show(null)
          seekUnder(event)
        } else if (lifted.last > lifted.first) {
          show({ ...lifted, pinned: true })
        } else {
          show(null)
          moves.goToStop(lifted.index, true)
        }
      },
      onPointerCancel() {
        pressed.current = false
        if (!pinned) show(null)
      },
      onClick(event) {
        // A finger's tap was handled when it lifted.
        if (kind.current === 'touch' && event.detail !== 0) return
        // A click without a pointer (element.click(), assistive tech): the mark it was sent to.
        const prefer = stopAt(event.target)
        if (event.detail === 0 && prefer !== null) return moves.goToStop(prefer, true)
        const clicked = pickAt(event, 'mouse')
        if (clicked === null) seekUnder(event)
        else moves.goToStop(clicked.index, true)
      },
    },
    rootHandlers: {
      onPointerLeave() {
        if (!pinned && !pressed.current) show(null)
      },
    },
  }
}
