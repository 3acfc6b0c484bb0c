import { describe, expect, it } from 'vitest'
import { createLinkResolver, linkKey } from '../../src/library/resolve-link.ts'
import { entryOf } from './entries-of.ts'

const entry = entryOf

const LIBRARY = [
  entry('kiln_firing_basics', 'Firing a wood kiln'),
  entry('glaze-chemistry', 'Glaze Chemistry for Beginners'),
  entry('Clay Bodies', 'Clay bodies'),
  entry('rías-de-galicia', 'Las Rías de Galicia'),
  entry('東京の窯', 'Kilns of Tokyo'),
  entry('pit-firing', 'Pit firing', { file: 'topics/Pit Firing (open).md' }),
]

describe('linkKey', () => {
  it.each([
    ['Curve_Finance', 'curve-finance'],
    ['curve finance', 'curve-finance'],
    ['  Curve-Finance  ', 'curve-finance'],
    ['Rías Baixas', 'rias-baixas'],
    ['ÉCOLE', 'ecole'],
    ['東京の窯', '東京の窯'],
    ['notes/glaze chemistry.md', 'glaze-chemistry'],
    ['!!!', ''],
  ])('%s → %s', (target, key) => {
    expect(linkKey(target)).toBe(key)
  })
})

describe('createLinkResolver', () => {
  const resolver = createLinkResolver(LIBRARY)
  it.each([
    { target: 'kiln_firing_basics', slug: 'kiln_firing_basics', why: 'the exact slug' },
    { target: 'Kiln Firing Basics', slug: 'kiln_firing_basics', why: 'the slug as words' },
    { target: 'kiln firing basics', slug: 'kiln_firing_basics', why: 'the slug, any case' },
    { target: 'glaze_chemistry', slug: 'glaze-chemistry', why: 'underscores for dashes' },
    { target: 'Firing a Wood Kiln', slug: 'kiln_firing_basics', why: 'the title' },
    { target: 'Clay Bodies', slug: 'Clay Bodies', why: 'a slug with spaces' },
    { target: 'clay-bodies', slug: 'Clay Bodies', why: 'a slug with spaces, as a slug' },
    { target: 'rias de galicia', slug: 'rías-de-galicia', why: 'without the accent' },
    { target: 'Las Rías de Galicia', slug: 'rías-de-galicia', why: 'a non-ASCII title' },
    { target: '東京の窯', slug: '東京の窯', why: 'a slug in another script' },
    { target: 'Pit Firing (open)', slug: 'pit-firing', why: 'the file name' },
    { target: 'topics/pit-firing', slug: 'pit-firing', why: 'a path, by its last part' },
    { target: 'throwing pots', slug: null, why: 'no note of that name' },
    { target: '  ', slug: null, why: 'a blank target' },
    { target: '!!!', slug: null, why: 'a target with no letters' },
  ])('resolves $target to $slug ($why)', ({ target, slug }) => {
    expect(resolver.resolve(target)).toBe(slug)
  })

  it('lets a slug win over another note whose title says the same', () => {
    const resolve = createLinkResolver([entry('other', 'Kilns'), entry('kilns', 'Else')])
    expect(resolve.resolve('Kilns')).toBe('kilns')
  })

  it('lets a video note win over a plain page of the same file name', () => {
    const resolve = createLinkResolver([
      entry('glazes', 'About glazes', { kind: 'page', videoId: null }),
      entry('Glazes', 'A video on glazes'),
    ])
    expect(resolve.resolve('glazes')).toBe('glazes')
    expect(resolve.resolve('GLAZES')).toBe('Glazes')
  })

  it('lets a file name win over a title that says the same', () => {
    const resolve = createLinkResolver([
      entry('other', 'Glazes'),
      entry('glazes', 'About glazes', { kind: 'page', videoId: null }),
    ])
    expect(resolve.resolve('Glazes')).toBe('glazes')
  })
})
