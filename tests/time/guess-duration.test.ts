import { describe, expect, it } from 'vitest'
import { guessDuration } from '../../src/time/guess-duration.ts'

describe('guessDuration', () => {
  it.each([
    [[], 60],
    [[0], 60],
    [[457, 4223, 1300], 4283],
    [[4223.9], 4283],
  ])('guesses a minute past the latest citation of %j: %d', (times, guess) => {
    expect(guessDuration(times)).toBe(guess)
  })
})
