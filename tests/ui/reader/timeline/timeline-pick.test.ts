import { describe, expect, it } from 'vitest'
import type { ClaimId } from '../../../../src/note/model.ts'
import { toSeconds } from '../../../../src/time/seconds.ts'
import type { MarkStop } from '../../../../src/ui/reader/timeline/timeline-geometry.ts'
import {
  CROWD_GAP,
  PICK_RADIUS,
  crowdAround,
  markX,
  nearestMark,
  pickMark,
  pointerKindOf,
} from '../../../../src/ui/reader/timeline/timeline-pick.ts'

const stop = (seconds: number, id = `t${seconds}`): MarkStop => ({
  id: id as ClaimId,
  seconds: toSeconds(seconds),
  section: 0,
  citation: 0,
})

// A bar 200 px wide spanning 100 s: a mark sits at twice its seconds, in px.
const bar = { width: 200, end: 100 }
const at = (x: number) => ({ ...bar, x })
// Indices:          0         1          2           3             4             5           6
const stops = [stop(0), stop(10), stop(20), stop(21), stop(21, 't21-2'), stop(30), stop(100)]

describe('markX', () => {
  it.each([
    [0, 0],
    [10, 20],
    [100, 200],
    [-5, 0],
    [150, 200],
  ])('puts a mark at %d s at %d px', (seconds, x) => {
    expect(markX(seconds, bar)).toBe(x)
  })

  it('puts every mark at 0 on a bar spanning nothing', () => {
    expect(markX(10, { width: 200, end: 0 })).toBe(0)
  })
})

describe('nearestMark', () => {
  it.each([
    ['the first mark, on it', 0, 0],
    ['the first mark, left of the bar', -30, 0],
    ['the last mark, on it', 200, 6],
    ['the last mark, right of the bar', 260, 6],
    ['the first mark, just before the midpoint to the second', 9.99, 0],
    ['the earlier mark at the exact midpoint (equal distances)', 10, 0],
    ['the later mark just past the midpoint', 10.01, 1],
    ['a mark under the pointer', 20, 1],
    ['the earlier at the midpoint of 20 and 40 px', 30, 1],
    ['the first of two marks on one pixel, on it', 42, 3],
    ['the first of two marks on one pixel, from the right', 43, 3],
    ['the first of the pixel’s marks at the midpoint between 40 and 42 px', 41, 2],
    ['the first of the pixel’s marks just past that midpoint', 41.01, 3],
    ['the mark at 60 px from half-way to the last', 130, 5],
    ['the last just past half-way to it', 130.01, 6],
  ])('is %s (x = %d px)', (_, x, index) => {
    expect(nearestMark(stops, at(x))).toBe(index)
  })

  it.each([
    ['the preferred mark when it shares the pixel of the nearest', 42, 4, 4],
    ['the preferred mark at an equal distance', 10, 1, 1],
    ['the nearest when the preferred mark is farther', 20.5, 0, 1],
    ['the nearest when the preferred mark is a neighbour 0.5 px farther', 41.74, 2, 3],
  ])('is %s', (_, x, prefer, index) => {
    expect(nearestMark(stops, at(x), prefer)).toBe(index)
  })

  it('is nothing on a note without citations or a bar without width', () => {
    expect(nearestMark([], at(10))).toBeNull()
    expect(nearestMark(stops, { width: 0, end: 100, x: 0 })).toBeNull()
  })

  it('agrees with a scan of every mark, earliest first on ties', () => {
    const many = [3, 3.2, 7, 7, 7.4, 12, 40, 41, 41.5, 90].map((s) => stop(s))
    for (let x = -5; x <= 205; x += 0.25) {
      const distances = many.map((m) => Math.abs(markX(m.seconds, bar) - x))
      const expected = distances.indexOf(Math.min(...distances))
      expect(nearestMark(many, at(x)), `at ${x} px`).toBe(expected)
    }
  })
})

describe('pickMark', () => {
  it.each([
    ['the mark under the pointer', 20, 8, 1],
    ['the nearest mark exactly the radius away', 28, 8, 1],
    ['nothing just beyond the radius', 28.01, 8, null],
    ['nothing half-way between marks far apart', 130, 8, null],
    ['the nearest far mark with a radius that reaches it', 130, 70, 5],
    ['the last mark at the end of the bar', 196, 8, 6],
  ])('is %s', (_, x, radius, index) => {
    expect(pickMark(stops, at(x), radius)).toBe(index)
  })

  it('reaches farther with a finger than with a mouse', () => {
    expect(pickMark(stops, at(72), PICK_RADIUS.mouse)).toBeNull()
    expect(pickMark(stops, at(72), PICK_RADIUS.touch)).toBe(5)
  })
})

describe('crowdAround', () => {
  it.each([
    ['a lone mark alone', 0, 3, { index: 0, first: 0, last: 0 }],
    ['marks 2 px apart and on one pixel together', 3, 3, { index: 3, first: 2, last: 4 }],
    ['the same crowd from its first mark', 2, 3, { index: 2, first: 2, last: 4 }],
    ['marks exactly the gap apart out of it', 2, 2, { index: 2, first: 2, last: 2 }],
    ['marks joined in a chain by a wider gap', 1, 21, { index: 1, first: 0, last: 5 }],
    ['the last mark alone', 6, 21, { index: 6, first: 6, last: 6 }],
  ])('keeps %s', (_, index, gap, crowd) => {
    expect(crowdAround(stops, index, bar, gap)).toEqual(crowd)
  })

  it('crowds more marks for a finger than for a mouse', () => {
    expect(crowdAround(stops, 2, bar, CROWD_GAP.mouse)).toEqual({ index: 2, first: 2, last: 4 })
    expect(crowdAround(stops, 2, { width: 100, end: 100 }, CROWD_GAP.touch)).toEqual({
      index: 2,
      first: 2,
      last: 4,
    })
    expect(crowdAround(stops, 2, { width: 50, end: 100 }, CROWD_GAP.touch)).toEqual({
      index: 2,
      first: 0,
      last: 5,
    })
  })
})

describe('pointerKindOf', () => {
  it.each([
    ['touch', 'touch'],
    ['mouse', 'mouse'],
    ['pen', 'mouse'],
    ['', 'mouse'],
  ])('counts a %j pointer as a %s', (type, kind) => {
    expect(pointerKindOf(type)).toBe(kind)
  })
})
