import { describe, expect, it } from 'vitest'
import { createLinkResolver } from '../../src/library/resolve-link.ts'
import {
  describeLinkCount,
  gatherBacklinks,
  gatherTopic,
  nicestSpelling,
} from '../../src/library/topic-links.ts'
import { entryOf, linkOf } from './entries-of.ts'

const ENTRIES = [
  entryOf('kilns', 'How a kiln is run', { channel: 'Clay and Fire' }),
  entryOf('glazes', 'Ash glazes', { channel: 'clay_and_fire' }),
  entryOf('bread', 'Sourdough', { channel: 'Flour and Water' }),
  entryOf('rias', 'Las Rías', { channel: 'Galicia TV' }),
  entryOf('cones-page', 'Pyrometric cones', { kind: 'page', videoId: null, span: null }),
]
const LIBRARY = { entries: ENTRIES, resolver: createLinkResolver(ENTRIES) }

const LINKS = [
  linkOf('kilns', 'reduction_firing', 't120'),
  linkOf('kilns', 'Reduction Firing', 't300'),
  linkOf('glazes', 'reduction firing', 't45'),
  linkOf('glazes', 'reduction-firing', null, 'Reduction, in prose.'),
  linkOf('bread', 'Rías Baixas', 't10'),
  linkOf('rias', 'rias_baixas', 't20'),
  linkOf('kilns', 'Pyrometric cones', 't500'),
  linkOf('bread', 'cones-page', 't60'),
  linkOf('glazes', 'How a kiln is run', 't70'),
  linkOf('bread', 'kilns', 't80'),
  linkOf('kilns', 'kilns', 't90'),
  linkOf('kilns', '東京の窯', 't95'),
]

describe('gatherTopic', () => {
  it.each([
    // target as in the URL, claims, notes, prose passages
    ['reduction_firing', 3, 2, 1],
    ['Reduction Firing', 3, 2, 1],
    ['REDUCTION-FIRING', 3, 2, 1],
    ['Rías Baixas', 2, 2, 0],
    ['rias baixas', 2, 2, 0],
    ['東京の窯', 1, 1, 0],
    ['cones-page', 2, 2, 0],
    ['Pyrometric cones', 2, 2, 0],
    ['nothing links here', 0, 0, 0],
  ])('finds every link to %s whatever its spelling', (target, claims, notes, passages) => {
    const topic = gatherTopic(target, LINKS, LIBRARY)
    expect(topic.claims).toBe(claims)
    expect(topic.groups).toHaveLength(notes)
    expect(topic.passages).toBe(passages)
  })

  it('groups the links by note, the note with most links first, in reading order', () => {
    const topic = gatherTopic('reduction firing', LINKS, LIBRARY)
    expect(topic.groups.map((g) => [g.slug, g.title, g.records.map((r) => r.claimId)])).toEqual([
      ['kilns', 'How a kiln is run', ['t120', 't300']],
      ['glazes', 'Ash glazes', ['t45', null]],
    ])
  })

  it('names the topic by its nicest spelling, or by its page’s title', () => {
    expect(gatherTopic('reduction_firing', LINKS, LIBRARY).title).toBe('Reduction Firing')
    expect(gatherTopic('rias_baixas', LINKS, LIBRARY).title).toBe('Rías Baixas')
    expect(gatherTopic('cones-page', LINKS, LIBRARY).title).toBe('Pyrometric cones')
    expect(gatherTopic('nothing_here', LINKS, LIBRARY).title).toBe('Nothing here')
  })

  it('resolves a topic that names a page or a video note', () => {
    expect(gatherTopic('Pyrometric Cones', LINKS, LIBRARY).entry?.slug).toBe('cones-page')
    const note = gatherTopic('kilns', LINKS, LIBRARY)
    expect(note.entry?.kind).toBe('note')
    // The note's own link to itself is still a link to the topic; backlinks leave it out.
    expect(note.groups.map((g) => g.slug)).toEqual(['kilns', 'glazes', 'bread'])
  })

  it.each([
    ['Clay and Fire', ['kilns', 'glazes']],
    ['clay_and_fire', ['kilns', 'glazes']],
    ['CLAY-AND-FIRE', ['kilns', 'glazes']],
    ['Flour and Water', ['bread']],
    ['Galicia', []],
  ])('lists the notes of the channel %s', (target, slugs) => {
    expect(gatherTopic(target, [], LIBRARY).channelNotes.map((e) => e.slug)).toEqual(slugs)
  })

  it('puts notes whose claims link before notes that link only in prose', () => {
    const links = [
      linkOf('cones-page', 'ash', null),
      linkOf('cones-page', 'Ash', null, 'Another passage'),
      linkOf('bread', 'ash', 't5'),
    ]
    expect(gatherTopic('ash', links, LIBRARY).groups.map((g) => g.slug)).toEqual([
      'bread',
      'cones-page',
    ])
  })

  it.each([
    [10, 0, 1, '10 claims in 1 note link here'],
    [1, 0, 1, '1 claim in 1 note links here'],
    [2, 1, 3, '2 claims and 1 passage in 3 notes link here'],
    [0, 1, 1, '1 passage in 1 note links here'],
    [0, 0, 0, '0 claims in 0 notes link here'],
  ])('says %i claims and %i passages in %i notes as “%s”', (claims, passages, notes, text) => {
    expect(describeLinkCount(claims, passages, notes)).toBe(text)
  })

  it('counts a claim that links twice to the same topic once', () => {
    const twice = [linkOf('kilns', 'ash', 't1'), linkOf('kilns', 'Ash', 't1')]
    expect(gatherTopic('ash', twice, LIBRARY).claims).toBe(1)
  })
})

describe('gatherBacklinks', () => {
  it('lists links from other notes that resolve to this one, not its own', () => {
    const groups = gatherBacklinks('kilns', LINKS, LIBRARY)
    expect(groups.map((g) => [g.slug, g.records.map((r) => r.claimId)])).toEqual([
      ['glazes', ['t70']],
      ['bread', ['t80']],
    ])
  })

  it('is empty for a note nothing links to', () => {
    expect(gatherBacklinks('rias', LINKS, LIBRARY)).toEqual([])
  })
})

describe('nicestSpelling', () => {
  it.each([
    [['integrals_and_derivatives', 'Integrals and Derivatives'], 'Integrals and Derivatives'],
    [['integrals_and_derivatives'], 'Integrals and derivatives'],
    [['ISRO_future_plans'], 'ISRO future plans'],
    [['rias baixas', 'Rias Baixas', 'Rías Baixas'], 'Rías Baixas'],
    [['hu-po'], 'hu-po'],
    [['curve', 'Curve', 'curve'], 'Curve'],
    [['a b', 'c d', 'c d'], 'c d'],
    [['  ', 'x'], 'x'],
  ])('picks from %j: %s', (spellings, best) => {
    expect(nicestSpelling(spellings)).toBe(best)
  })
})
