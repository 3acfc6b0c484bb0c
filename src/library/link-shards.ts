import type { LinkRecord } from './library-entry.ts'
import { linkKey } from './resolve-link.ts'

/**
 * Where the vault's links are: `count` files, `<prefix><n>.json` for n in
 * [0, count), each a JSON array of the LinkRecords whose target's key
 * (`linkKey`) falls in that shard. A note page loads the shards of its own
 * names only (its backlinks), a topic page those of the topic's.
 */
export interface LinkShards {
  readonly count: number
  readonly prefix: string
}

/**
 * About how many bytes of JSON one shard holds on average. A note page
 * fetches two or three shards; at 1,000 notes (26k links, 6.9 MB) that makes
 * 1,024 shards of ~7 KB, ~2 KB gzip each.
 */
const SHARD_BYTES = 8 * 1024
const MOST_SHARDS = 4096

/** The number of shards for links of that much JSON: a power of two, 1 for a small vault. */
export function countShards(jsonBytes: number): number {
  let count = 1
  while (count < MOST_SHARDS && jsonBytes / count > SHARD_BYTES) count *= 2
  return count
}

/**
 * The shard of a link key: FNV-1a over its UTF-16 code units, the same in
 * Node (the build) and the browser.
 * @see http://www.isthe.com/chongo/tech/comp/fnv/#FNV-1a
 */
export function shardOfKey(key: string, count: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % count
}

/** The URL of one shard. */
export function shardUrl(shards: LinkShards, shard: number): string {
  return `${shards.prefix}${shard}.json`
}

/**
 * One shard's file: its links, and where each stands among all the vault's
 * links (`at`, ascending), so links from several shards can be put back in
 * reading order.
 */
export interface LinkShard {
  readonly at: readonly number[]
  readonly links: readonly LinkRecord[]
}

/** The links split into `count` shards by their target's key. */
export function splitLinks(links: readonly LinkRecord[], count: number): readonly LinkShard[] {
  const shards = Array.from({ length: count }, () => ({
    at: [] as number[],
    links: [] as LinkRecord[],
  }))
  links.forEach((link, at) => {
    const shard = shards[shardOfKey(linkKey(link.target), count)]
    shard?.at.push(at)
    shard?.links.push(link)
  })
  return shards
}

/** The links of some shards in the order the vault has them (each shard's own order kept). */
export function mergeShards(shards: readonly LinkShard[]): readonly LinkRecord[] {
  if (shards.length === 1) return shards[0]?.links ?? []
  return shards
    .flatMap((shard) => shard.links.map((link, i) => ({ link, at: shard.at[i] ?? 0 })))
    .toSorted((a, b) => a.at - b.at)
    .map(({ link }) => link)
}
