import { describe, expect, it } from 'vitest'
import type { ClaimId } from '../../../../src/note/model.ts'
import { rankByDistanceFrom } from '../../../../src/ui/reader/follow/viewport-centre.ts'

const order = ['a', 'b', 'c', 'd', 'e', 'f'] as ClaimId[]
const positions = new Map(order.map((id, i) => [id, i]))
const ids = (...list: string[]) => list as ClaimId[]

describe('rankByDistanceFrom', () => {
  it.each([
    { active: ids('a', 'f'), centre: 'e', expected: 'f' },
    { active: ids('a', 'f'), centre: 'b', expected: 'a' },
    { active: ids('b', 'e'), centre: 'c', expected: 'b' },
    { active: ids('b', 'd'), centre: 'c', expected: 'b' }, // a tie goes to the first in reading order
    { active: ids('b', 'd'), centre: 'd', expected: 'd' },
  ])('picks $expected of $active with $centre in the middle of the view', (row) => {
    expect(rankByDistanceFrom(row.active, row.centre as ClaimId, positions)).toBe(row.expected)
  })

  it('falls back to the first in reading order with nothing seen in the middle', () => {
    expect(rankByDistanceFrom(ids('c', 'e'), null, positions)).toBe('c')
    expect(rankByDistanceFrom(ids('c', 'e'), 'gone' as ClaimId, positions)).toBe('c')
  })
})
