import { describe, expect, it } from 'vitest'
import { formatCount, selectNoun } from '../../src/note/format-count.ts'

describe('formatCount', () => {
  it.each([
    [0, 'claim', '0 claims'],
    [1, 'claim', '1 claim'],
    [2, 'claim', '2 claims'],
    [1, 'section', '1 section'],
    [21, 'citation', '21 citations'],
    [1.5, 'second', '1.5 seconds'],
  ])('writes %s %s as “%s”', (count, noun, expected) => {
    expect(formatCount(count, noun)).toBe(expected)
  })

  it('takes an irregular plural when given one', () => {
    expect(formatCount(1, 'match', 'matches')).toBe('1 match')
    expect(formatCount(3, 'match', 'matches')).toBe('3 matches')
  })
})

describe('selectNoun', () => {
  it('picks the singular only for exactly one', () => {
    expect([0, 1, 2].map((n) => selectNoun(n, 'it is', 'they are'))).toEqual([
      'they are',
      'it is',
      'they are',
    ])
  })
})
