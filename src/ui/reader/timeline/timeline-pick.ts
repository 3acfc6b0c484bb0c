import type { MarkStop } from './timeline-geometry.ts'

/**
 * What points at the bar. A pen has a fine tip and hovers like a mouse, so it
 * counts as one; a finger is wide and hides what it touches.
 */
export const POINTERS = ['mouse', 'touch'] as const
export type PointerKind = (typeof POINTERS)[number]

/** The pointer kind of a DOM `pointerType` (`mouse`, `pen`, `touch`, or `''` when unknown). */
export function pointerKindOf(pointerType: string): PointerKind {
  return pointerType === 'touch' ? 'touch' : 'mouse'
}

/**
 * The pick radius: the pointer picks the nearest mark when its centre is at
 * most this many px away, else it is on the bar between marks and a click
 * seeks there. A mouse gets the old hit box's reach (a 3 px mark widened by
 * 4 px a side, rounded up); a finger the half of a 24 px touch target (WCAG
 * 2.5.8) and a little more, since it covers what it touches.
 */
export const PICK_RADIUS = { mouse: 8, touch: 16 } as const satisfies Record<PointerKind, number>

/**
 * Marks nearer each other than this, in px, cannot be told apart by this
 * pointer: they form a crowd, listed together so each can be chosen. A mouse
 * tells apart marks 3 px apart (the pointer moves 1.5 px either side of the
 * midpoint); a finger cannot aim at 8 px.
 */
export const CROWD_GAP = { mouse: 3, touch: 8 } as const satisfies Record<PointerKind, number>

/** The bar as the pointer sees it: its width in px and the seconds it spans. */
export interface BarScale {
  readonly width: number
  readonly end: number
}

/** A place on the bar: px from its left edge, on a bar of that scale. */
export interface BarPoint extends BarScale {
  readonly x: number
}

/** A stop the pointer picked, and the crowd of marks too close to tell from it (inclusive). */
export interface MarkPick {
  readonly index: number
  readonly first: number
  readonly last: number
}

/**
 * Where a citation's mark centre is, in px from the bar's left edge. Times
 * past the end sit at the end, as `percentOf` draws them.
 */
export function markX(seconds: number, bar: BarScale): number {
  if (!(bar.end > 0)) return 0
  return (Math.min(bar.end, Math.max(0, seconds)) / bar.end) * bar.width
}

/** The first stop whose mark is at or right of x (the stops are in video order). */
function firstAtOrAfter(stops: readonly MarkStop[], x: number, bar: BarScale): number {
  let low = 0
  let high = stops.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (markX(stops[middle]!.seconds, bar) < x) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The stop whose mark centre is nearest to the point, by distance alone (no
 * mark's box counts), or null on a note without citations or a bar without
 * width. Equal distances go to the earlier mark in video order, and marks on
 * one pixel to the first of them — unless `prefer` (the mark element the event
 * landed on) is as near as the nearest: a click on a mark's own element plays
 * that mark. Logarithmic in the number of stops; no layout read.
 */
export function nearestMark(
  stops: readonly MarkStop[],
  point: BarPoint,
  prefer: number | null = null,
): number | null {
  if (stops.length === 0 || !(point.width > 0)) return null
  const right = firstAtOrAfter(stops, point.x, point)
  const toRight = right < stops.length ? markX(stops[right]!.seconds, point) - point.x : Infinity
  const leftX = right > 0 ? markX(stops[right - 1]!.seconds, point) : -Infinity
  const toLeft = point.x - leftX
  const nearest = toLeft <= toRight ? firstAtOrAfter(stops, leftX, point) : right
  const preferred = prefer === null ? undefined : stops[prefer]
  if (preferred && Math.abs(markX(preferred.seconds, point) - point.x) <= Math.min(toLeft, toRight))
    return prefer
  return nearest
}

/** The nearest stop (see `nearestMark`) when its mark is at most `radius` px away, else null. */
export function pickMark(
  stops: readonly MarkStop[],
  point: BarPoint,
  radius: number,
  prefer: number | null = null,
): number | null {
  const index = nearestMark(stops, point, prefer)
  if (index === null) return null
  return Math.abs(markX(stops[index]!.seconds, point) - point.x) <= radius ? index : null
}

/**
 * The crowd around a stop: it and every mark joined to it by gaps narrower
 * than `gap` px, in video order. A lone mark is a crowd of one.
 */
export function crowdAround(
  stops: readonly MarkStop[],
  index: number,
  bar: BarScale,
  gap: number,
): MarkPick {
  const xAt = (i: number): number => markX(stops[i]!.seconds, bar)
  let first = index
  while (first > 0 && xAt(first) - xAt(first - 1) < gap) first--
  let last = index
  while (last + 1 < stops.length && xAt(last + 1) - xAt(last) < gap) last++
  return { index, first, last }
}
