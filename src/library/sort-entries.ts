import type { LibraryEntry } from './library-entry.ts'
import { linkKey } from './resolve-link.ts'

/** The orders the index offers. */
export const SORT_ORDERS = {
  title: 'Title',
  claims: 'Most claims',
  span: 'Longest span',
  recent: 'Recently added',
} as const

export type SortOrder = keyof typeof SORT_ORDERS

export function isSortOrder(value: string): value is SortOrder {
  return Object.hasOwn(SORT_ORDERS, value)
}

/** Text folded for matching: no case, no accents, runs of blanks as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Whether an entry matches what is typed in the filter: every word of the
 * query appears in its title, channel or section titles (any case, any accent).
 */
export function matchesFilter(entry: LibraryEntry, query: string): boolean {
  return matchesWords(entry, queryWords(query))
}

/**
 * The entries whose title, channel or sections hold every word of the query.
 * Each entry's text is folded once, then kept: a key typed in the box of a
 * thousand notes only looks the words up.
 */
export function filterEntries(
  entries: readonly LibraryEntry[],
  query: string,
): readonly LibraryEntry[] {
  const words = queryWords(query)
  if (words.length === 0) return entries
  return entries.filter((entry) => matchesWords(entry, words))
}

function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean)
}

/** Each entry's folded title, channel and sections (entries never change: a new list has new ones). */
const folded = new WeakMap<LibraryEntry, string>()

function matchesWords(entry: LibraryEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true
  let haystack = folded.get(entry)
  if (haystack === undefined) {
    haystack = foldText([entry.title, entry.channel ?? '', ...entry.headings].join('\n'))
    folded.set(entry, haystack)
  }
  return words.every((word) => haystack.includes(word))
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function byTitle(a: LibraryEntry, b: LibraryEntry): number {
  return collator.compare(a.title, b.title)
}

function spanLength(entry: LibraryEntry): number {
  return entry.span === null ? -1 : entry.span[1] - entry.span[0]
}

/**
 * The entries in an order; ties fall back to the title. `recent` puts your
 * own notes first, newest first (`addedAt`: slug → ms), then the vault's in
 * the manifest's order.
 */
export function sortEntries(
  entries: readonly LibraryEntry[],
  order: SortOrder,
  addedAt: ReadonlyMap<string, number> = new Map(),
): readonly LibraryEntry[] {
  switch (order) {
    case 'title':
      return entries.toSorted(byTitle)
    case 'claims':
      return entries.toSorted((a, b) => b.claims - a.claims || byTitle(a, b))
    case 'span':
      return entries.toSorted((a, b) => spanLength(b) - spanLength(a) || byTitle(a, b))
    case 'recent': {
      const added = (e: LibraryEntry) => addedAt.get(e.slug) ?? Number.NEGATIVE_INFINITY
      // toSorted is stable: the vault keeps the manifest's order.
      return entries.toSorted((a, b) => {
        const [x, y] = [added(a), added(b)]
        return x === y ? 0 : y > x ? 1 : -1
      })
    }
  }
}

export interface ChannelGroup {
  /** The channel as first written, or null for notes that name none. */
  readonly channel: string | null
  readonly entries: readonly LibraryEntry[]
}

/**
 * Notes grouped by channel (`Clay and Fire` and `clay_and_fire` are one),
 * channels by name, the notes without one last; each group keeps the order given.
 */
export function groupByChannel(entries: readonly LibraryEntry[]): readonly ChannelGroup[] {
  const groups = new Map<string, { channel: string | null; entries: LibraryEntry[] }>()
  // A thousand notes name a dozen channels: each name's key is worked out once.
  const keys = new Map<string, string>()
  const keyOf = (channel: string) => {
    let key = keys.get(channel)
    if (key === undefined) keys.set(channel, (key = linkKey(channel)))
    return key
  }
  for (const entry of entries) {
    const key = entry.channel === null ? '' : keyOf(entry.channel)
    const group = groups.get(key)
    if (group) group.entries.push(entry)
    else groups.set(key, { channel: key === '' ? null : entry.channel, entries: [entry] })
  }
  return [...groups.values()].toSorted((a, b) =>
    a.channel === null ? 1 : b.channel === null ? -1 : collator.compare(a.channel, b.channel),
  )
}
