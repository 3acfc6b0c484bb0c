import { describe, expect, it } from 'vitest'
import { toSeconds } from '../../src/time/seconds.ts'
import { buildTimeIndex } from '../../src/time/time-index.ts'
import { planTour } from '../../src/time/tour-plan.ts'

const claim = (id: string, ...times: number[]) => ({
  id,
  citations: times.map((t) => ({ seconds: toSeconds(t) })),
})

describe('the guided tour plan', () => {
  it('visits the claims in reading order, each for its first citation’s window', () => {
    const index = buildTimeIndex([
      claim('t4223', 4223),
      claim('t5511', 5511),
      claim('t457', 457),
      claim('t4230', 4230),
    ])
    expect(planTour(index)).toEqual([
      { id: 't4223', start: 4223, end: 4230 },
      { id: 't5511', start: 5511, end: 5571 },
      { id: 't457', start: 457, end: 517 },
      { id: 't4230', start: 4230, end: 4290 },
    ])
  })

  it('plays a claim citing two moments from its first, for that moment’s window', () => {
    const index = buildTimeIndex([claim('t1300', 1300, 1330)])
    expect(planTour(index)).toEqual([{ id: 't1300', start: 1300, end: 1330 }])
  })

  it('gives claims citing the same second the same stretch, each in its turn', () => {
    const index = buildTimeIndex([claim('t10', 10), claim('t10-2', 10)])
    expect(planTour(index).map((s) => [s.id, s.start, s.end])).toEqual([
      ['t10', 10, 70],
      ['t10-2', 10, 70],
    ])
  })

  it('is empty for a note without claims', () => {
    expect(planTour(buildTimeIndex([]))).toEqual([])
  })
})
