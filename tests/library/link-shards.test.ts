import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LinkRecord } from '../../src/library/library-entry.ts'
import { countShards, mergeShards, shardOfKey, splitLinks } from '../../src/library/link-shards.ts'
import { createLinkResolver, linkKey } from '../../src/library/resolve-link.ts'
import {
  backlinkKeys,
  gatherBacklinks,
  gatherTopic,
  topicKeys,
} from '../../src/library/topic-links.ts'
import { entryOf, linkOf } from './entries-of.ts'

describe('countShards', () => {
  it.each([
    // bytes of link JSON, shards
    [0, 1],
    [8 * 1024, 1],
    [8 * 1024 + 1, 2],
    [100_000, 16],
    [6_900_000, 1024],
    [1e12, 4096],
  ])('splits %d bytes into %d shards', (bytes, shards) => {
    expect(countShards(bytes)).toBe(shards)
  })
})

describe('shardOfKey', () => {
  it('gives every key the same shard each time, within the count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 4096 }), (key, count) => {
        const shard = shardOfKey(key, count)
        expect(shard).toBe(shardOfKey(key, count))
        expect(shard).toBeGreaterThanOrEqual(0)
        expect(shard).toBeLessThan(count)
      }),
    )
  })

  it('spreads many keys evenly over the shards', () => {
    const counts = Array.from({ length: 64 }, () => 0)
    for (let n = 0; n < 6400; n++) counts[shardOfKey(linkKey(`note ${n} title`), 64)]! += 1
    expect(Math.min(...counts)).toBeGreaterThan(60)
    expect(Math.max(...counts)).toBeLessThan(140)
  })
})

/** Names a note may be linked by: its slug, its file, its title, in other spellings. */
const ENTRIES = [
  entryOf('kilns', 'How a kiln is run', { file: 'pottery/wood_kilns.md' }),
  entryOf('glazes', 'Ash glazes'),
  entryOf('rias', 'Las Rías'),
  entryOf('cones-page', 'Pyrometric cones', { kind: 'page', videoId: null, span: null }),
  entryOf('ash-glazes', 'Glazes of ash'),
]
const LIBRARY = { entries: ENTRIES, resolver: createLinkResolver(ENTRIES) }
const TARGETS = [
  'kilns',
  'Kilns',
  'wood_kilns',
  'How a kiln is run',
  'how-a-kiln-is-run',
  'Ash glazes',
  'ash_glazes',
  'glazes',
  'Las Rías',
  'las rias',
  'rias',
  'Pyrometric cones',
  'cones-page',
  'reduction firing',
  '東京の窯',
  'topics/Reduction_Firing.md',
]

const linkArbitrary = fc.record({
  from: fc.constantFrom(...ENTRIES.map((e) => e.slug)),
  target: fc.constantFrom(...TARGETS),
  claim: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
})

/** The links of the shards a page of those keys would load. */
function shardsOf(links: readonly LinkRecord[], keys: readonly string[], count: number) {
  const shards = splitLinks(links, count)
  return mergeShards(
    [...new Set(keys.map((key) => shardOfKey(key, count)))].flatMap((n) => shards[n] ?? []),
  )
}

describe('the shards a page loads', () => {
  it('hold every backlink and every link to a topic, as all the links do', () => {
    fc.assert(
      fc.property(
        fc.array(linkArbitrary, { maxLength: 40 }),
        fc.integer({ min: 1, max: 32 }),
        (written, count) => {
          const links = written.map(({ from, target, claim }) =>
            linkOf(from, target, claim === null ? null : `t${claim}`),
          )
          for (const { slug } of ENTRIES) {
            const keys = backlinkKeys(slug, LIBRARY)
            expect(gatherBacklinks(slug, shardsOf(links, keys, count), LIBRARY)).toEqual(
              gatherBacklinks(slug, links, LIBRARY),
            )
          }
          for (const target of TARGETS) {
            const keys = topicKeys(target, LIBRARY)
            expect(gatherTopic(target, shardsOf(links, keys, count), LIBRARY)).toEqual(
              gatherTopic(target, links, LIBRARY),
            )
          }
        },
      ),
    )
  })

  it('are few: a note needs the shards of its slug, file and title at most', () => {
    expect(backlinkKeys('kilns', LIBRARY)).toEqual(['kilns', 'wood-kilns', 'how-a-kiln-is-run'])
    expect(topicKeys('Reduction Firing', LIBRARY)).toEqual(['reduction-firing'])
    // "Ash glazes" is the title of one note and the slug of another: the slug wins.
    expect(topicKeys('Ash glazes', LIBRARY)).toEqual(['ash-glazes', 'glazes-of-ash'])
  })
})
