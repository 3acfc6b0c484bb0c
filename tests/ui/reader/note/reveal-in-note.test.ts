import { describe, expect, it } from 'vitest'
import { isWellInView, revealScrollTop } from '../../../../src/ui/reader/note/reveal-in-note.ts'

const VIEW = { top: 300, height: 400 } as const

describe('revealScrollTop', () => {
  it.each([
    // [why, scrollTop, part, block, expected]
    ['centres a short claim below the view', 0, { top: 900, height: 40 }, 'center', 420],
    ['centres a short claim above the view', 1000, { top: 100, height: 40 }, 'center', 620],
    ['leaves a centred claim where it is', 500, { top: 480, height: 40 }, 'center', 500],
    [
      'shows a claim taller than the view from its top',
      0,
      { top: 900, height: 390 },
      'center',
      584,
    ],
    ['never asks for a scroll above the start', 0, { top: 320, height: 40 }, 'center', 0],
    ['puts a heading near the top of the view', 0, { top: 900, height: 30 }, 'start', 584],
    [
      'leaves a part already in view alone when only as far as needed',
      200,
      { top: 500, height: 40 },
      'nearest',
      200,
    ],
    [
      'brings a part below the view up to its bottom edge',
      0,
      { top: 900, height: 40 },
      'nearest',
      256,
    ],
    [
      'brings a part above the view down to its top edge',
      1000,
      { top: 100, height: 40 },
      'nearest',
      784,
    ],
    [
      'counts a part touching the bottom margin as out of view',
      0,
      { top: 660, height: 30 },
      'nearest',
      6,
    ],
  ] as const)('%s', (_why, scrollTop, part, block, expected) => {
    expect(revealScrollTop(scrollTop, VIEW, part, block)).toBe(expected)
  })

  it('puts the middle of the claim on the middle of a pane that starts under a pinned video', () => {
    const view = { top: 359, height: 485 }
    const claim = { top: 1200, height: 60 }
    const top = revealScrollTop(0, view, claim, 'center')
    const middleAfter = claim.top - top + claim.height / 2
    expect(middleAfter).toBe(view.top + view.height / 2)
  })
})

describe('isWellInView', () => {
  it.each([
    // [why, part, expected]; the view is 300–700 and a margin of 0.15 is 60 px
    ['a claim in the middle', { top: 480, height: 40 }, true],
    ['a claim just inside the top margin', { top: 360, height: 40 }, true],
    ['a claim reaching into the top margin', { top: 359, height: 40 }, false],
    ['a claim just inside the bottom margin', { top: 600, height: 40 }, true],
    ['a claim reaching into the bottom margin', { top: 601, height: 40 }, false],
    ['a claim below the view', { top: 900, height: 40 }, false],
    ['a claim above the view', { top: 100, height: 40 }, false],
  ] as const)('%s', (_why, part, expected) => {
    expect(isWellInView(VIEW, part, 0.15)).toBe(expected)
  })
})
