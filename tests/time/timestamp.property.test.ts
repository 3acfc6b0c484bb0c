import { describe, it, expect } from 'vitest'
import * as fc from 'fast-check'
import {
  formatTimestamp,
  formatYouTubeTime,
  parseTimestamp,
  parseYouTubeTime,
} from '../../src/time/timestamp.ts'

/** Strings built from the characters stamps are made of, so near-misses are common. */
const stampLike = fc
  .array(fc.constantFrom('0', '1', '5', '6', '9', ':', '[', ']', ' ', '-', '.', 'h', 'm', 's'), {
    maxLength: 12,
  })
  .map((chars) => chars.join(''))

describe('timestamp properties', () => {
  it('reads back every formatted time from 0 to 400000 seconds', () => {
    const misread: string[] = []
    for (let seconds = 0; seconds <= 400_000; seconds++) {
      const text = formatTimestamp(seconds)
      if (parseTimestamp(text) !== seconds) misread.push(`${seconds} → ${text}`)
    }
    expect(misread).toEqual([])
  })

  it('reads back every formatted YouTube time', () => {
    fc.assert(
      fc.property(fc.nat({ max: 400_000 }), (seconds) => {
        expect(parseYouTubeTime(formatYouTubeTime(seconds))).toBe(seconds)
      }),
    )
  })

  it('reads back a fractional time as its floor', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400_000, noNaN: true }), (seconds) => {
        expect(parseTimestamp(formatTimestamp(seconds))).toBe(Math.floor(seconds))
      }),
    )
  })

  it('never throws on arbitrary strings, and yields null or whole seconds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), stampLike), (text) => {
        for (const parse of [parseTimestamp, parseYouTubeTime]) {
          const seconds = parse(text)
          expect(seconds === null || (Number.isSafeInteger(seconds) && seconds >= 0)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
