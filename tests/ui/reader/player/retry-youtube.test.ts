import { describe, expect, it } from 'vitest'
import type { PlayerFailure } from '../../../../src/player/player.ts'
import { canRetryYouTube } from '../../../../src/ui/reader/player/retry-youtube.ts'

describe('canRetryYouTube', () => {
  it.each([
    ['script-blocked', true],
    ['script-timeout', true],
    ['invalid-parameter', false],
    ['html5-error', false],
    ['not-found', false],
    ['embedding-disabled', false],
    ['missing-referrer', false],
    ['no-video', false],
  ] as const satisfies readonly (readonly [PlayerFailure, boolean])[])(
    'offers a retry for %s: %s',
    (failure, expected) => {
      expect(canRetryYouTube(failure)).toBe(expected)
    },
  )
})
