import { describe, expect, it } from 'vitest'
import type { ClaimId } from '../../../../src/note/model.ts'
import { type Interval, toSeconds } from '../../../../src/time/seconds.ts'
import {
  type MarkStop,
  coveredSpans,
  describePosition,
  firstWords,
  markStops,
  percentOf,
  placeOf,
  timeAtFraction,
  timelineSpan,
} from '../../../../src/ui/reader/timeline/timeline-geometry.ts'
import {
  currentStop,
  moveForKey,
  nextStop,
  previousStop,
} from '../../../../src/ui/reader/timeline/timeline-stops.ts'
import { sampleDoc } from '../../../support/sample-note.ts'

const s = toSeconds
const span = (start: number, end: number): Interval => ({ start: s(start), end: s(end) })
const stop = (id: string, seconds: number, citation = 0): MarkStop => ({
  id: id as ClaimId,
  seconds: s(seconds),
  section: 0,
  citation,
})

/** Where the keyboard is: the time now, the stop it last went to, the primary claim. */
const at = (now: number, remembered: number | null = null, primary: string | null = null) => ({
  now,
  remembered,
  primaryId: primary as ClaimId | null,
})

describe('percentOf', () => {
  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [100, 100, 100],
    [457, 10_000, 4.57],
    [1, 3, 33.3333],
    [-5, 100, 0],
    [150, 100, 100],
    [10, 0, 0],
  ])('puts %d on a bar of %d at %d%%', (t, end, percent) => {
    expect(percentOf(t, end)).toBe(percent)
  })
})

describe('placeOf', () => {
  it.each([
    [span(457, 517), 10_000, { left: 4.57, width: 0.6 }],
    [span(0, 50), 100, { left: 0, width: 50 }],
    [span(90, 150), 100, { left: 90, width: 10 }],
  ])('places %o on a bar of %d', (interval, end, place) => {
    expect(placeOf(interval, end)).toEqual(place)
  })
})

describe('timeAtFraction', () => {
  it.each([
    [0, 12_000, 0],
    [0.25, 12_000, 3000],
    [1, 12_000, 12_000],
    [-0.1, 12_000, 0],
    [1.2, 12_000, 12_000],
  ])('reads fraction %d of a bar of %d as %d s', (fraction, end, t) => {
    expect(timeAtFraction(fraction, end)).toBe(t)
  })
})

describe('timelineSpan', () => {
  const stops = [stop('t457', 457), stop('t5511', 5511)]
  it.each([
    ['the duration once known', s(12_000), stops, { end: 12_000, approximate: false }],
    ['the last citation plus a minute before', null, stops, { end: 5571, approximate: true }],
    ['a minute for a note citing only 0', null, [stop('t0', 0)], { end: 60, approximate: true }],
    ['a minute for a note citing nothing', null, [], { end: 60, approximate: true }],
    ['a guess when the player says 0', s(0), stops, { end: 5571, approximate: true }],
  ])('spans %s', (_, duration, given, expected) => {
    expect(timelineSpan(duration, given)).toEqual(expected)
  })
})

describe('markStops', () => {
  it('lists every citation in video order, ties in reading order, two for a claim citing two moments', () => {
    expect(markStops(sampleDoc()).map((m) => [m.id, m.seconds, m.citation])).toEqual([
      ['t457', 457, 0],
      ['t1300', 1300, 0],
      ['t1300', 1330, 1],
      ['t4223', 4223, 0],
      ['t4223-2', 4223, 0],
      ['t5511', 5511, 0],
    ])
  })
})

describe('coveredSpans', () => {
  it.each([
    ['nothing for no windows', [], []],
    ['one window as it is', [span(10, 70)], [span(10, 70)]],
    ['windows that touch merged', [span(10, 20), span(20, 80)], [span(10, 80)]],
    ['windows that overlap merged', [span(10, 50), span(30, 60)], [span(10, 60)]],
    ['a gap kept', [span(10, 70), span(100, 160)], [span(10, 70), span(100, 160)]],
    [
      'unsorted windows sorted first',
      [span(100, 160), span(10, 70), span(70, 100)],
      [span(10, 160)],
    ],
    ['empty windows dropped', [span(5, 5), span(10, 20)], [span(10, 20)]],
  ])('gives %s', (_, windows, spans) => {
    expect(coveredSpans(windows.map((interval) => ({ interval })))).toEqual(spans)
  })
})

describe('firstWords', () => {
  it.each([
    ['', ''],
    ['Dams end most of them', 'Dams end most of them'],
    ['  spaced   out\nwords ', 'spaced out words'],
    ['one two three four five six seven eight', 'one two three four five six seven eight'],
    ['one two three four five six seven eight nine', 'one two three four five six seven eight…'],
    ['one two three four five six seven eight, nine', 'one two three four five six seven eight…'],
    ['a b c d e f g — h i', 'a b c d e f g…'],
  ])('cuts %j to %j', (text, words) => {
    expect(firstWords(text)).toBe(words)
  })
})

describe('describePosition', () => {
  it.each([
    [0, { end: s(12_000), approximate: false }, '0:00 of 3:20:00'],
    [4223.7, { end: s(12_000), approximate: false }, '1:10:23 of 3:20:00'],
    [99_999, { end: s(12_000), approximate: false }, '3:20:00 of 3:20:00'],
    [65, { end: s(5571), approximate: true }, '1:05 of about 1:32:51'],
  ])('says %d is %j', (t, given, words) => {
    expect(describePosition(t, given)).toBe(words)
  })
})

describe('the keyboard’s stops', () => {
  // Video order, with two claims at 4223 and a claim citing 1300 and 1330.
  const stops = markStops(sampleDoc())

  it.each([
    ['nowhere before the first citation', at(0), null],
    ['on the remembered stop while the video is at it', at(4224, 4), 4],
    ['off the remembered stop once the video moved on', at(4240, 4), null],
    ['on the primary claim’s citation at its time', at(1330.5, null, 't1300'), 2],
    ['nowhere when the primary claim’s citation is long past', at(1380, null, 't1300'), null],
  ])('is %s', (_, cursor, index) => {
    expect(currentStop(stops, cursor)).toBe(index)
  })

  it.each([
    ['the first citation from the start', at(0), 0],
    ['the next stop from a stop, even at the same second', at(4223, 3), 4],
    ['the first citation later than now', at(3000), 3],
    ['past the citation the video just reached', at(457.2), 1],
    ['nothing from the last stop', at(5511, 5), null],
    ['nothing after the last citation', at(6000), null],
  ])('→ goes to %s', (_, cursor, index) => {
    expect(nextStop(stops, cursor)).toBe(index)
  })

  it.each([
    ['nothing from the start', at(0), null],
    ['the stop before from a stop, even at the same second', at(4223, 4), 3],
    ['back to the start of the citation being played, after the grace', at(4260), 4],
    ['the one before when just past a citation', at(4224), 2],
    ['nothing from the first stop', at(457, 0), null],
  ])('← goes to %s', (_, cursor, index) => {
    expect(previousStop(stops, cursor)).toBe(index)
  })

  it.each([
    ['ArrowRight', at(0), { type: 'stop', index: 0 }],
    ['ArrowUp', at(0), { type: 'stop', index: 0 }],
    ['ArrowLeft', at(6000), { type: 'stop', index: 5 }],
    ['ArrowDown', at(6000), { type: 'stop', index: 5 }],
    ['Home', at(3000), { type: 'stop', index: 0 }],
    ['End', at(3000), { type: 'stop', index: 5 }],
    ['PageUp', at(3000), { type: 'by', seconds: 60 }],
    ['PageDown', at(3000), { type: 'by', seconds: -60 }],
    ['ArrowRight', at(5511, 5), { type: 'none' }],
    ['Enter', at(0), null],
    ['k', at(0), null],
  ])('%s at %o asks for %o', (key, cursor, move) => {
    expect(moveForKey(key, stops, cursor)).toEqual(move)
  })

  it('has nowhere to go on a note without citations', () => {
    expect(moveForKey('Home', [], at(0))).toEqual({ type: 'none' })
    expect(moveForKey('End', [], at(0))).toEqual({ type: 'none' })
  })
})
