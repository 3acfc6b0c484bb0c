import { describe, expect, it } from 'vitest'
import { resolveWikilink } from '../../src/note/resolve-wikilink.ts'

const NOTES = [
  { slug: 'kiln_firing_basics', title: 'Firing a wood kiln' },
  { slug: 'glaze-chemistry', title: 'Glaze Chemistry for Beginners' },
  { slug: 'Clay Bodies', title: 'Clay bodies' },
]

describe('resolveWikilink', () => {
  it.each([
    { target: 'kiln_firing_basics', slug: 'kiln_firing_basics', why: 'the exact slug' },
    { target: 'Kiln Firing Basics', slug: 'kiln_firing_basics', why: 'the slug as words' },
    { target: 'glaze chemistry', slug: 'glaze-chemistry', why: 'the slug, any case' },
    { target: 'Firing a Wood Kiln', slug: 'kiln_firing_basics', why: 'the title' },
    { target: 'Clay Bodies', slug: 'Clay Bodies', why: 'a slug with spaces' },
    { target: 'clay-bodies', slug: 'Clay Bodies', why: 'a slug with spaces, as a slug' },
    { target: 'throwing pots', slug: null, why: 'no note of that name' },
    { target: '  ', slug: null, why: 'a blank target' },
    { target: '!!!', slug: null, why: 'a target with no letters' },
  ])('resolves $target to $slug ($why)', ({ target, slug }) => {
    expect(resolveWikilink(target, NOTES)).toBe(slug)
  })

  it('prefers a note named by slug over one named by title', () => {
    const notes = [
      { slug: 'other', title: 'Kilns' },
      { slug: 'kilns', title: 'Something else' },
    ]
    expect(resolveWikilink('Kilns', notes)).toBe('kilns')
  })
})
