import type { ClaimId } from '../../../note/model.ts'
import { claimElement } from '../note/claim-dom.ts'

export type GutterMarkKind = 'primary' | 'active' | 'match'

/** A mark in the gutter: where something sits in the whole note, in percent of its height. */
export interface GutterMark {
  readonly kind: GutterMarkKind
  readonly top: number
  readonly height: number
}

/** Matches closer than this (percent of the note) share one mark: a long note may hold hundreds. */
const MATCH_RESOLUTION = 0.4

/** A box's place in the scroller's whole content, in percent, whatever the scroll position. */
function placeOf(scroller: HTMLElement, box: DOMRect): { top: number; height: number } {
  const total = scroller.scrollHeight || 1
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop
  return {
    top: clampPercent(((box.top - origin) / total) * 100),
    height: clampPercent((box.height / total) * 100),
  }
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value))
}

/**
 * Measures the active claims and the search matches against the note's whole
 * height. Reads layout: call it when they or the note's size change, never per frame.
 */
export function measureGutterMarks(
  scroller: HTMLElement,
  activeIds: readonly ClaimId[],
  primaryId: ClaimId | null,
  matches: readonly Range[],
): GutterMark[] {
  const marks: GutterMark[] = []
  let lastMatch = -Infinity
  for (const range of matches) {
    const place = placeOf(scroller, range.getBoundingClientRect())
    if (place.top - lastMatch < MATCH_RESOLUTION) continue
    lastMatch = place.top
    marks.push({ kind: 'match', ...place })
  }
  // The primary last, so it is drawn over the others it may touch.
  const claims = activeIds.filter((id) => id !== primaryId)
  if (primaryId !== null && activeIds.includes(primaryId)) claims.push(primaryId)
  for (const id of claims) {
    const element = claimElement(scroller, id)
    if (!element) continue
    const place = placeOf(scroller, element.getBoundingClientRect())
    marks.push({ kind: id === primaryId ? 'primary' : 'active', ...place })
  }
  return marks
}

/** The visible part of the note, in percent of its whole height. */
export function measureViewport(scroller: HTMLElement): { top: number; height: number } {
  const total = scroller.scrollHeight || 1
  return {
    top: clampPercent((scroller.scrollTop / total) * 100),
    height: clampPercent((scroller.clientHeight / total) * 100),
  }
}
