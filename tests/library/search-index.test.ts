import { describe, expect, it } from 'vitest'
import type { SearchDoc } from '../../src/library/library-entry.ts'
import {
  createEmptySearch,
  createSearchIndexJson,
  loadSearchIndex,
  type LibrarySearch,
} from '../../src/library/search-index.ts'
import { highlightParts } from '../../src/library/search-text.ts'

function doc(
  slug: string,
  claimId: string,
  text: string,
  more: Partial<Pick<SearchDoc, 'noteTitle' | 'section' | 'seconds'>> = {},
): SearchDoc {
  return {
    id: `${slug}#${claimId}`,
    slug,
    claimId,
    seconds: more.seconds ?? 0,
    noteTitle: more.noteTitle ?? `Notes on ${slug}`,
    section: more.section ?? 'Intro',
    text,
  }
}

/** A small made-up library: a lighthouse, a ferry, a moon base, a coast. */
const DOCS: readonly SearchDoc[] = [
  doc('lighthouse', 'c1', 'The keeper climbs the tower before dusk to light the lamp.', {
    noteTitle: 'Lighthouse keeping',
    seconds: 30,
  }),
  doc('lighthouse', 'c2', 'A storm once broke every pane of the lantern room.', {
    noteTitle: 'Lighthouse keeping',
    section: 'Storms',
    seconds: 95,
  }),
  doc('ferry', 'c1', 'The ferry crosses the estuary twice an hour in summer.', {
    noteTitle: 'The river ferry',
    seconds: 12,
  }),
  doc('ferry', 'c2', 'In a storm the ferry waits at the quay until the wind drops.', {
    noteTitle: 'The river ferry',
    section: 'Bad weather',
    seconds: 200,
  }),
  doc('moonbase', 'c1', 'The lander settles into a low orbit around the moon first.', {
    noteTitle: 'A base on the moon',
    seconds: 61,
  }),
  doc('moonbase', 'c2', 'Orbital mechanics decide when the crew can come home.', {
    noteTitle: 'A base on the moon',
    section: 'Coming home',
    seconds: 400,
  }),
  doc('coast', 'c1', 'The Rías Baixas are drowned river valleys full of mussel rafts.', {
    noteTitle: 'Galician coast',
    seconds: 5,
  }),
  doc('coast', 'c2', 'Mussels grow on ropes hanging from the rafts.', {
    noteTitle: 'Galician coast',
    section: 'Harvest',
    seconds: 50,
  }),
]

const ids = (search: LibrarySearch, query: string) => search.search(query).map((hit) => hit.id)

describe('search across notes', () => {
  const search = loadSearchIndex(createSearchIndexJson(DOCS))

  it.each([
    ['finds a claim by one of its words', 'lantern', ['lighthouse#c2']],
    ['reads the last word as a prefix while typing', 'orbi', ['moonbase#c1', 'moonbase#c2']],
    ['ranks the exact word above a longer word it begins', 'orbit', ['moonbase#c1', 'moonbase#c2']],
    ['forgives one typo in a long word', 'estuery', ['ferry#c1']],
    ['does not read a short word fuzzily', 'tawer', []],
    ['reads only the last word as a prefix', 'orbi lander', ['moonbase#c1']],
    ['asks for every word when some claim has them all', 'storm ferry', ['ferry#c2']],
    [
      'falls back to any word when no claim has them all',
      'lantern mussel',
      ['lighthouse#c2', 'coast#c1', 'coast#c2'],
    ],
    ['folds accents and case', 'rias baixas', ['coast#c1']],
    ['finds an accented word by its accent too', 'RÍAS', ['coast#c1']],
    ['ignores words too common to find anything', 'the lander', ['moonbase#c1']],
    ['returns nothing for an empty query', '', []],
    ['returns nothing for a blank query', '   \t ', []],
    ['returns nothing for words no claim has', 'zeppelin', []],
  ])('%s (%j)', (_, query, expected) => {
    expect(ids(search, query)).toEqual(expected)
  })

  it('boosts a word of the note title above the same word in a claim', () => {
    const titled = createEmptySearch()
    titled.add([
      doc('a', 'c1', 'A harbour wall of old granite and a harbour of small boats.'),
      doc('b', 'c1', 'Nets dry along the quay.', { noteTitle: 'The harbour' }),
    ])
    expect(ids(titled, 'harbour')[0]).toBe('b#c1')
  })

  it('matches a word of the section title with words of the claim', () => {
    expect(ids(search, 'harvest ropes')).toEqual(['coast#c2'])
  })

  it('orders equal scores by note title, then by time', () => {
    const twins = createEmptySearch()
    twins.add([
      doc('z', 'c2', 'Seals bask on the sandbank.', { noteTitle: 'Beta', seconds: 90 }),
      doc('z', 'c1', 'Seals bask on the sandbank.', { noteTitle: 'Beta', seconds: 10 }),
      doc('y', 'c1', 'Seals bask on the sandbank.', { noteTitle: 'Alpha', seconds: 500 }),
    ])
    expect(ids(twins, 'seals')).toEqual(['y#c1', 'z#c1', 'z#c2'])
  })

  it('gives what a result shows: note, section, time and the words to highlight', () => {
    const [hit] = search.search('storm lant')
    expect(hit).toMatchObject({
      slug: 'lighthouse',
      claimId: 'c2',
      noteTitle: 'Lighthouse keeping',
      section: 'Storms',
      seconds: 95,
    })
    expect(hit?.terms.toSorted()).toEqual(['lantern', 'storm'])
    expect(hit?.score).toBeGreaterThan(0)
  })

  it('returns at most the limit asked for', () => {
    expect(search.search('ferry', 1)).toHaveLength(1)
    expect(search.search('ferry').length).toBeGreaterThan(1)
  })
})

describe('your own notes in the search', () => {
  it('adds a note and removes it again', () => {
    const search = loadSearchIndex(createSearchIndexJson(DOCS))
    const own = [
      doc('mine', 'c1', 'Kelp forests shelter young fish.'),
      doc('mine', 'c2', 'Kelp grows fast.'),
    ]
    search.add(own)
    expect(search.size).toBe(DOCS.length + 2)
    expect(ids(search, 'kelp')).toEqual(['mine#c2', 'mine#c1'])
    search.removeNote('mine')
    expect(search.size).toBe(DOCS.length)
    expect(ids(search, 'kelp')).toEqual([])
    expect(ids(search, 'lantern')).toEqual(['lighthouse#c2'])
  })

  it('replaces a claim added again under the same id', () => {
    const search = createEmptySearch()
    search.add([doc('mine', 'c1', 'Kelp forests shelter young fish.')])
    search.add([doc('mine', 'c1', 'Otters sleep in the kelp.')])
    expect(search.size).toBe(1)
    expect(ids(search, 'otters')).toEqual(['mine#c1'])
    expect(ids(search, 'forests')).toEqual([])
  })

  it('adds many claims in steps, each id once, and replaces one already there', async () => {
    const search = createEmptySearch()
    search.add([doc('mine', 'c0', 'Otters sleep in the kelp.')])
    const many = Array.from({ length: 450 }, (_, i) => doc('mine', `c${i}`, `Kelp number ${i}.`))
    await search.addInSteps([...many, many[1]!])
    expect(search.size).toBe(450)
    expect(ids(search, 'otters')).toEqual([])
    expect(ids(search, '449')).toEqual(['mine#c449'])
    search.removeNote('mine')
    expect(search.size).toBe(0)
    expect(ids(search, 'kelp')).toEqual([])
  })

  it('removes a note that came with the built index', () => {
    const search = loadSearchIndex(createSearchIndexJson(DOCS))
    search.removeNote('coast')
    expect(ids(search, 'mussels')).toEqual([])
    expect(search.size).toBe(DOCS.length - 2)
  })

  it('starts empty and finds nothing', () => {
    const search = createEmptySearch()
    expect(search.size).toBe(0)
    expect(search.search('anything')).toEqual([])
  })
})

describe('the serialised index', () => {
  it('gives the same hits after a round trip through JSON', () => {
    const direct = createEmptySearch()
    direct.add(DOCS)
    const loaded = loadSearchIndex(createSearchIndexJson(DOCS))
    for (const query of ['storm', 'orbi', 'rias', 'ferry storm', 'estuery', 'lantern mussel']) {
      expect(loaded.search(query)).toEqual(direct.search(query))
    }
    expect(loaded.size).toBe(DOCS.length)
  })

  it('loads the index of an empty vault, and your own notes can join it', () => {
    const loaded = loadSearchIndex(createSearchIndexJson([]))
    expect(loaded.size).toBe(0)
    loaded.add([doc('mine', 'c1', 'Otters sleep in the kelp.')])
    expect(ids(loaded, 'otters')).toEqual(['mine#c1'])
  })

  it('keeps how often a word occurs in a claim through the round trip', () => {
    const docs = [doc('a', 'c1', 'Tide, tide and tide again.'), doc('b', 'c1', 'Tide tables.')]
    const direct = createEmptySearch()
    direct.add(docs)
    const loaded = loadSearchIndex(createSearchIndexJson(docs))
    expect(loaded.search('tide').map((hit) => hit.score)).toEqual(
      direct.search('tide').map((hit) => hit.score),
    )
  })

  it('keeps one claim per id', () => {
    const loaded = loadSearchIndex(createSearchIndexJson([...DOCS, DOCS[0]!]))
    expect(loaded.size).toBe(DOCS.length)
  })

  it('refuses an index written by another version', () => {
    expect(() => loadSearchIndex('{"version":2}')).toThrow(/version 2/)
  })
})

/** The text with each matched part in brackets. */
const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')

describe('highlightParts', () => {
  it.each([
    [
      'marks each matched word',
      'A storm broke the lantern.',
      ['storm', 'lantern'],
      'A [storm] broke the [lantern].',
    ],
    [
      'marks a word whatever its case and accents',
      'Las Rías BAIXAS',
      ['rias', 'baixas'],
      'Las [Rías] [BAIXAS]',
    ],
    ['marks every time the word appears', 'kelp, more kelp', ['kelp'], '[kelp], more [kelp]'],
    ['marks whole words only', 'orbital orbit', ['orbit'], 'orbital [orbit]'],
    ['splits words at tabs too', 'kelp\tforest', ['forest'], 'kelp\t[forest]'],
    ['marks nothing without terms', 'Quiet sea.', [], 'Quiet sea.'],
    ['keeps an empty text empty', '', ['sea'], ''],
  ])('%s', (_, text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected)
  })

  it('gives the text back when its parts are joined, with plain runs merged', () => {
    const parts = highlightParts('Ropes — hanging, from rafts!', ['hanging'])
    expect(parts.map((p) => p.text).join('')).toBe('Ropes — hanging, from rafts!')
    expect(parts).toEqual([
      { text: 'Ropes — ', match: false },
      { text: 'hanging', match: true },
      { text: ', from rafts!', match: false },
    ])
  })
})
