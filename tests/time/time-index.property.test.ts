import { describe, it, expect } from 'vitest'
import * as fc from 'fast-check'
import { toSeconds, type Seconds } from '../../src/time/seconds.ts'
import {
  activeClaimsAt,
  activeWindowAt,
  buildTimeIndex,
  citationAfter,
  citationBefore,
  nextCitedMomentAfter,
} from '../../src/time/time-index.ts'

interface Claim {
  id: string
  citations: { seconds: Seconds }[]
}

// ---- A naive oracle: DESIGN §2 read literally, one linear scan per question. ----

function allTimes(claims: Claim[]): number[] {
  return claims.flatMap((claim) => claim.citations.map((c) => c.seconds))
}

function windowOf(claims: Claim[], c: number, dwell: number) {
  const later = allTimes(claims).filter((time) => time > c)
  return { start: c, end: Math.min(c + dwell, ...later) }
}

function naiveActiveClaims(claims: Claim[], t: number, dwell: number): string[] {
  return claims
    .filter((claim) =>
      claim.citations.some(({ seconds }) => {
        const window = windowOf(claims, seconds, dwell)
        return window.start <= t && t < window.end
      }),
    )
    .map((claim) => claim.id)
}

function naiveActiveWindow(claims: Claim[], t: number, dwell: number) {
  for (const time of allTimes(claims)) {
    const window = windowOf(claims, time, dwell)
    if (window.start <= t && t < window.end) return window
  }
  return null
}

function naiveNextMoment(claims: Claim[], t: number): number | null {
  const later = allTimes(claims).filter((time) => time > t)
  return later.length === 0 ? null : Math.min(...later)
}

/** The best citation by `better`, scanning claims in reading order so ties keep the first. */
function naiveCitation(
  claims: Claim[],
  accept: (time: number) => boolean,
  better: (time: number, best: number) => boolean,
) {
  let best: { seconds: number; id: string } | null = null
  for (const claim of claims) {
    for (const { seconds } of claim.citations) {
      if (accept(seconds) && (best === null || better(seconds, best.seconds))) {
        best = { seconds, id: claim.id }
      }
    }
  }
  return best
}

// ---- Generators ----

/** Times 0–20000, drawn often from a small pool so that duplicates are common. */
const citationTime = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }),
  fc.constantFrom(0, 100, 130, 160, 4223, 4283, 20_000),
)

const claimsArbitrary = fc
  .array(fc.array(citationTime, { minLength: 1, maxLength: 4 }), { maxLength: 40 })
  .map((claims): Claim[] =>
    claims.map((times, i) => ({
      id: `c${i}`,
      citations: times.map((t) => ({ seconds: toSeconds(t) })),
    })),
  )

const dwellArbitrary = fc.oneof(fc.constant(60), fc.integer({ min: 1, max: 300 }))

/**
 * A time to ask about: often exactly on, or a hair either side of, a boundary —
 * a window's start (c) and dwell end (c + dwell), where `citationAfter` flips
 * (t + 0.5 = c), and where `citationBefore` flips with the default grace (t - 2 = c).
 */
function queryTime(claims: Claim[], dwell: number) {
  const boundaries = allTimes(claims).flatMap((c) => [c, c + dwell, c - 0.5, c + 0.5, c + 2])
  const random = fc.double({ min: -10, max: 20_500, noNaN: true })
  if (boundaries.length === 0) return random
  const nudge = fc.constantFrom(0, 0, 1e-9, -1e-9, 0.25, -0.25)
  const nearBoundary = fc
    .tuple(fc.constantFrom(...boundaries), nudge)
    .map(([time, delta]) => time + delta)
  return fc.oneof(nearBoundary, random)
}

const scenario = fc
  .tuple(claimsArbitrary, dwellArbitrary)
  .chain(([claims, dwell]) =>
    fc.tuple(
      fc.constant(claims),
      fc.constant(dwell),
      fc.array(queryTime(claims, dwell), { minLength: 1, maxLength: 20 }),
    ),
  )

const RUNS = { numRuns: 500 }

describe('the time index agrees with a linear scan', () => {
  it('on the active claims and their window', () => {
    fc.assert(
      fc.property(scenario, ([claims, dwell, queries]) => {
        const index = buildTimeIndex(claims, { dwell })
        for (const t of queries) {
          expect(activeClaimsAt(index, t)).toEqual(naiveActiveClaims(claims, t, dwell))
          expect(activeWindowAt(index, t)).toEqual(naiveActiveWindow(claims, t, dwell))
        }
      }),
      RUNS,
    )
  })

  it('on the next cited moment', () => {
    fc.assert(
      fc.property(scenario, ([claims, dwell, queries]) => {
        const index = buildTimeIndex(claims, { dwell })
        for (const t of queries) {
          expect(nextCitedMomentAfter(index, t)).toBe(naiveNextMoment(claims, t))
        }
      }),
      RUNS,
    )
  })

  it('on the next and previous citation in video order', () => {
    const grace = fc.oneof(fc.constant(2), fc.double({ min: 0, max: 10, noNaN: true }))
    fc.assert(
      fc.property(scenario, grace, ([claims, dwell, queries], g) => {
        const index = buildTimeIndex(claims, { dwell })
        for (const t of queries) {
          const after = naiveCitation(
            claims,
            (s) => s > t + 0.5,
            (s, best) => s < best,
          )
          const before = naiveCitation(
            claims,
            (s) => s < t - g,
            (s, best) => s > best,
          )
          expect(citationAfter(index, t)).toEqual(after)
          expect(citationBefore(index, t, g)).toEqual(before)
        }
      }),
      RUNS,
    )
  })

  it('returns one array instance per window and one for all gaps', () => {
    fc.assert(
      fc.property(scenario, ([claims, dwell, queries]) => {
        const index = buildTimeIndex(claims, { dwell })
        for (const t of queries) {
          const window = activeWindowAt(index, t)
          const same =
            window === null ? activeClaimsAt(index, -1) : activeClaimsAt(index, window.start)
          expect(activeClaimsAt(index, t)).toBe(same)
        }
      }),
      RUNS,
    )
  })
})
