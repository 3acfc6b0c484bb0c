import { describe, expect, it } from 'vitest'
import {
  filterEntries,
  groupByChannel,
  isSortOrder,
  sortEntries,
} from '../../src/library/sort-entries.ts'
import { entryOf } from './entries-of.ts'

const ENTRIES = [
  entryOf('kilns', 'How a kiln is run', {
    channel: 'Clay and Fire',
    claims: 7,
    span: [130, 2282],
    headings: ['Loading', 'Firing'],
  }),
  entryOf('bread', 'Sourdough in half an hour', {
    channel: 'Flour and Water',
    claims: 6,
    span: [121, 1723],
  }),
  entryOf('glazes', 'Ash glazes', { channel: 'clay_and_fire', claims: 12, span: [0, 60] }),
  entryOf('rias', 'Las Rías de Galicia', { channel: null, claims: 2, span: null }),
  entryOf('mine', 'A note of my own', { origin: 'own', claims: 1, span: [5, 9] }),
  entryOf('mine-2', 'Another of my own', { origin: 'own', claims: 1, span: [5, 9] }),
]

const slugs = (list: readonly { slug: string }[]) => list.map((e) => e.slug)

describe('filterEntries', () => {
  it.each([
    ['', ['kilns', 'bread', 'glazes', 'rias', 'mine', 'mine-2']],
    ['kiln', ['kilns']],
    ['  KILN  ', ['kilns']],
    ['clay and fire', ['kilns', 'glazes']],
    ['flour', ['bread']],
    ['firing', ['kilns']],
    ['rias', ['rias']],
    ['rías', ['rias']],
    ['own note', ['mine']],
    ['of my', ['mine', 'mine-2']],
    ['zebra', []],
  ])('keeps for %j the notes whose title, channel or sections hold every word', (query, want) => {
    expect(slugs(filterEntries(ENTRIES, query))).toEqual(want)
  })
})

describe('sortEntries', () => {
  it.each([
    ['title', ['mine', 'mine-2', 'glazes', 'kilns', 'rias', 'bread']],
    ['claims', ['glazes', 'kilns', 'bread', 'rias', 'mine', 'mine-2']],
    ['span', ['kilns', 'bread', 'glazes', 'mine', 'mine-2', 'rias']],
  ] as const)('sorts by %s', (order, want) => {
    expect(slugs(sortEntries(ENTRIES, order))).toEqual(want)
  })

  it('puts the notes added last first, then the vault in its own order', () => {
    const added = new Map([
      ['mine', 1000],
      ['mine-2', 2000],
    ])
    expect(slugs(sortEntries(ENTRIES, 'recent', added))).toEqual([
      'mine-2',
      'mine',
      'kilns',
      'bread',
      'glazes',
      'rias',
    ])
  })

  it('knows its orders', () => {
    expect(isSortOrder('claims')).toBe(true)
    expect(isSortOrder('toString')).toBe(false)
  })
})

describe('groupByChannel', () => {
  it('groups channels spelt two ways as one, by name, the notes without a channel last', () => {
    const groups = groupByChannel(ENTRIES)
    expect(groups.map((g) => [g.channel, slugs(g.entries)])).toEqual([
      ['Clay and Fire', ['kilns', 'glazes']],
      ['Flour and Water', ['bread']],
      [null, ['rias', 'mine', 'mine-2']],
    ])
  })
})
