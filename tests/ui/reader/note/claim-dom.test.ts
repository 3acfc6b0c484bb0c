import { describe, expect, it } from 'vitest'
import { centredScrollTop } from '../../../../src/ui/reader/note/claim-dom.ts'

describe('centredScrollTop', () => {
  it.each([
    // [why, scrollTop, view, claim, expected]
    [
      'centres a short claim below the view',
      0,
      { top: 300, height: 400 },
      { top: 900, height: 40 },
      420,
    ],
    [
      'centres a short claim above the view',
      1000,
      { top: 300, height: 400 },
      { top: 100, height: 40 },
      620,
    ],
    [
      'leaves a centred claim where it is',
      500,
      { top: 300, height: 400 },
      { top: 480, height: 40 },
      500,
    ],
    [
      'shows a claim taller than the view from its top',
      0,
      { top: 300, height: 400 },
      { top: 900, height: 390 },
      584,
    ],
    [
      'never asks for a scroll above the start',
      0,
      { top: 300, height: 400 },
      { top: 320, height: 40 },
      0,
    ],
  ] as const)('%s', (_why, scrollTop, view, claim, expected) => {
    expect(centredScrollTop(scrollTop, view, claim)).toBe(expected)
  })

  it('puts the middle of the claim on the middle of a pane that starts under a pinned video', () => {
    const view = { top: 359, height: 485 }
    const claim = { top: 1200, height: 60 }
    const top = centredScrollTop(0, view, claim)
    const middleAfter = claim.top - top + claim.height / 2
    expect(middleAfter).toBe(view.top + view.height / 2)
  })
})
