import { describe, it, expect } from 'vitest'
import { toSeconds } from '../../src/time/seconds.ts'
import {
  activeClaimsAt,
  activeWindowAt,
  buildTimeIndex,
  citationAfter,
  citationBefore,
  claimAfter,
  claimBefore,
  claimIds,
  claimTimes,
  nextCitedMomentAfter,
  windowsOf,
} from '../../src/time/time-index.ts'

function claim<Id extends string>(id: Id, ...times: number[]) {
  return { id, citations: times.map((t) => ({ seconds: toSeconds(t) })) }
}

const EPSILON = 1e-6

/** Citations out of video order, as in a real note: 01:10:23, 01:31:51, 00:07:37, 01:10:23. */
const realNote = buildTimeIndex([
  claim('t4223', 4223),
  claim('t5511', 5511),
  claim('t457', 457),
  claim('t4223-2', 4223),
])

describe('activeClaimsAt', () => {
  it('makes a claim active at exactly its citation time and not just before', () => {
    expect(activeClaimsAt(realNote, 457)).toEqual(['t457'])
    expect(activeClaimsAt(realNote, 457 - EPSILON)).toEqual([])
  })

  it('keeps a claim active until just before its window ends, and not at the end', () => {
    expect(activeClaimsAt(realNote, 517 - EPSILON)).toEqual(['t457'])
    expect(activeClaimsAt(realNote, 517)).toEqual([])
  })

  it('ends a window at the next later citation time when that comes before the dwell', () => {
    const index = buildTimeIndex([claim('a', 100), claim('b', 130)])
    expect(activeClaimsAt(index, 130 - EPSILON)).toEqual(['a'])
    expect(activeClaimsAt(index, 130)).toEqual(['b'])
    expect(activeClaimsAt(index, 190 - EPSILON)).toEqual(['b'])
    expect(activeClaimsAt(index, 190)).toEqual([])
  })

  it('caps a window at the dwell, 60 seconds unless told otherwise', () => {
    const index = buildTimeIndex([claim('a', 100), claim('b', 500)], { dwell: 10 })
    expect(activeWindowAt(index, 100)).toEqual({ start: 100, end: 110 })
    expect(activeClaimsAt(index, 110)).toEqual([])
    expect(activeWindowAt(buildTimeIndex([claim('a', 100)]), 100)).toEqual({
      start: 100,
      end: 160,
    })
  })

  it('makes every claim citing the same second active, in reading order', () => {
    expect(activeClaimsAt(realNote, 4223)).toEqual(['t4223', 't4223-2'])
    expect(activeClaimsAt(realNote, 4282.5)).toEqual(['t4223', 't4223-2'])
    expect(activeClaimsAt(realNote, 4283)).toEqual([])
  })

  it('makes a claim with two citations active in both windows, and in another claim’s between', () => {
    const index = buildTimeIndex([claim('a', 100, 200), claim('b', 150)])
    expect(activeClaimsAt(index, 120)).toEqual(['a'])
    expect(activeClaimsAt(index, 160)).toEqual(['b'])
    expect(activeClaimsAt(index, 210)).toEqual(['a'])
  })

  it('lists a claim once when it cites the same second twice', () => {
    const index = buildTimeIndex([claim('a', 100, 100), claim('b', 100)])
    expect(activeClaimsAt(index, 100)).toEqual(['a', 'b'])
  })

  it('lists claims citing one second in reading order whatever order the times are written', () => {
    const index = buildTimeIndex([claim('a', 300, 100), claim('b', 100), claim('c', 50, 100)])
    expect(activeClaimsAt(index, 100)).toEqual(['a', 'b', 'c'])
  })

  it('returns the same frozen array for every time in one window', () => {
    const first = activeClaimsAt(realNote, 4223)
    expect(activeClaimsAt(realNote, 4250.25)).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
  })

  it('returns one shared frozen empty array in every gap', () => {
    const gap = activeClaimsAt(realNote, 0)
    expect(gap).toEqual([])
    expect(activeClaimsAt(realNote, 3000)).toBe(gap)
    expect(activeClaimsAt(buildTimeIndex([]), 0)).toBe(gap)
    expect(Object.isFrozen(gap)).toBe(true)
  })

  it('finds nothing active for times before zero or not a number', () => {
    const index = buildTimeIndex([claim('a', 0)])
    expect(activeClaimsAt(index, -EPSILON)).toEqual([])
    expect(activeClaimsAt(index, Number.NaN)).toEqual([])
    expect(activeClaimsAt(index, 0)).toEqual(['a'])
  })
})

describe('activeWindowAt', () => {
  it('gives the half-open window holding a time, or null in a gap', () => {
    expect(activeWindowAt(realNote, 4223)).toEqual({ start: 4223, end: 4283 })
    expect(activeWindowAt(realNote, 4283)).toBeNull()
    expect(activeWindowAt(realNote, 456)).toBeNull()
  })

  it('returns the same object for every time in one window', () => {
    expect(activeWindowAt(realNote, 5511)).toBe(activeWindowAt(realNote, 5570))
  })
})

describe('nextCitedMomentAfter', () => {
  it.each([
    [0, 457],
    [456.9, 457],
    [457, 4223],
    [3000, 4223],
    [4223, 5511],
    [5510, 5511],
    [5511, null],
    [9999, null],
  ])('after %d the next cited moment is %j', (t, next) => {
    expect(nextCitedMomentAfter(realNote, t)).toBe(next)
  })
})

describe('citationAfter', () => {
  it.each([
    [0, 457, 't457'],
    [457, 4223, 't4223'],
    [4222.4, 4223, 't4223'],
    [4222.5, 5511, 't5511'],
    [4223, 5511, 't5511'],
    [5510, 5511, 't5511'],
  ])('from %d goes to %d (%s)', (t, seconds, id) => {
    expect(citationAfter(realNote, t)).toEqual({ seconds, id })
  })

  it('moves on from a citation it is sitting on, and gives null after the last', () => {
    expect(citationAfter(realNote, 5511)).toBeNull()
    expect(citationAfter(realNote, 5510.5)).toBeNull()
  })

  it('resolves a second cited by several claims to the earliest in reading order', () => {
    expect(citationAfter(realNote, 500)?.id).toBe('t4223')
  })
})

describe('citationBefore', () => {
  it.each([
    [9999, 5511, 't5511'],
    [5513.5, 5511, 't5511'],
    [5513, 4223, 't4223'],
    [5511, 4223, 't4223'],
    [4225.1, 4223, 't4223'],
    [4225, 457, 't457'],
    [4224, 457, 't457'],
  ])('from %d goes back to %d (%s) with the default 2 s grace', (t, seconds, id) => {
    expect(citationBefore(realNote, t)).toEqual({ seconds, id })
  })

  it('gives null when nothing is earlier than the grace allows', () => {
    expect(citationBefore(realNote, 459)).toBeNull()
    expect(citationBefore(realNote, 0)).toBeNull()
  })

  it('takes a custom grace', () => {
    expect(citationBefore(realNote, 4223.5, 0)).toEqual({ seconds: 4223, id: 't4223' })
    expect(citationBefore(realNote, 4223, 0)).toEqual({ seconds: 457, id: 't457' })
  })
})

describe('reading order', () => {
  it('steps to the next and previous claim, null at the ends and for unknown ids', () => {
    expect(claimAfter(realNote, 't4223')).toBe('t5511')
    expect(claimAfter(realNote, 't457')).toBe('t4223-2')
    expect(claimAfter(realNote, 't4223-2')).toBeNull()
    expect(claimBefore(realNote, 't5511')).toBe('t4223')
    expect(claimBefore(realNote, 't4223')).toBeNull()
    expect(claimAfter(realNote, 'nope')).toBeNull()
    expect(claimBefore(realNote, 'nope')).toBeNull()
  })

  it('lists every claim id in reading order', () => {
    expect(claimIds(realNote)).toEqual(['t4223', 't5511', 't457', 't4223-2'])
  })

  it('keeps a claim’s citation times as written', () => {
    const index = buildTimeIndex([claim('a', 300, 100, 300)])
    expect(claimTimes(index, 'a')).toEqual([300, 100, 300])
    expect(claimTimes(index, 'b')).toEqual([])
  })

  it('keeps the literal id type of the claims', () => {
    const index = buildTimeIndex([claim('a', 1), claim('b', 2)])
    const ids: readonly ('a' | 'b')[] = activeClaimsAt(index, 1)
    const next: 'a' | 'b' | null = claimAfter(index, 'a')
    expect([ids, next]).toEqual([['a'], 'b'])
  })
})

describe('windowsOf', () => {
  it('lists one window per distinct citation time, sorted, with its claims', () => {
    expect(windowsOf(realNote)).toEqual([
      { interval: { start: 457, end: 517 }, ids: ['t457'] },
      { interval: { start: 4223, end: 4283 }, ids: ['t4223', 't4223-2'] },
      { interval: { start: 5511, end: 5571 }, ids: ['t5511'] },
    ])
  })
})

describe('buildTimeIndex', () => {
  it('indexes a note without claims', () => {
    const index = buildTimeIndex([])
    expect(nextCitedMomentAfter(index, 0)).toBeNull()
    expect(citationAfter(index, 0)).toBeNull()
    expect(citationBefore(index, 100)).toBeNull()
    expect(windowsOf(index)).toEqual([])
  })

  it.each([0, -1, Number.NaN, Infinity])('refuses a dwell of %d', (dwell) => {
    expect(() => buildTimeIndex([claim('a', 1)], { dwell })).toThrow(RangeError)
  })

  it('refuses repeated claim ids', () => {
    expect(() => buildTimeIndex([claim('a', 1), claim('a', 2)])).toThrow(/unique/)
  })
})
