import { formatCount } from '../note/format-count.ts'
import type { LibraryEntry, LinkRecord } from './library-entry.ts'
import { keysOf, type LinkResolver, linkKey } from './resolve-link.ts'

/** The links one note makes to a topic (or to another note), in reading order. */
export interface LinkGroup {
  readonly slug: string
  /** The linking note's title (its slug when the library has no entry for it). */
  readonly title: string
  readonly records: readonly LinkRecord[]
}

/** Everything the library says about one topic. */
export interface Topic {
  /** The topic's name as best written among the links (or the page's title). */
  readonly title: string
  /** The entry the name resolves to: a plain page with its own text, or a video note. */
  readonly entry: LibraryEntry | null
  /** The claims and prose that link here, one group per note, most links first. */
  readonly groups: readonly LinkGroup[]
  readonly claims: number
  /** Links in prose (outside any claim). */
  readonly passages: number
  /** The notes whose channel is this topic (`From: [[channel]]`). */
  readonly channelNotes: readonly LibraryEntry[]
}

interface Library {
  readonly entries: readonly LibraryEntry[]
  readonly resolver: LinkResolver
}

/**
 * The link keys whose links a topic gathers (see gatherTopic): its own, and
 * those of the entry it names, if any.
 */
export function topicKeys(target: string, { entries, resolver }: Library): readonly string[] {
  const slug = resolver.resolve(target)
  const entry = slug === null ? undefined : entries.find((e) => e.slug === slug)
  return [...new Set([linkKey(target), ...(entry ? keysOf(entry) : [])])]
}

/** The link keys of the links that may lead to a note (see gatherBacklinks). */
export function backlinkKeys(slug: string, { entries }: Library): readonly string[] {
  const entry = entries.find((e) => e.slug === slug)
  return [...new Set([linkKey(slug), ...(entry ? keysOf(entry) : [])])]
}

/**
 * Gathers a topic: every link whose target names it (the same key, or a
 * name the library resolves to the same entry), and the notes of the
 * channel of that name. `target` is the topic's name as in the URL.
 */
export function gatherTopic(
  target: string,
  links: readonly LinkRecord[],
  { entries, resolver }: Library,
): Topic {
  const key = linkKey(target)
  const slug = resolver.resolve(target)
  const entry = slug === null ? null : (entries.find((e) => e.slug === slug) ?? null)
  const names = (name: string) =>
    linkKey(name) === key || (slug !== null && resolver.resolve(name) === slug)
  const records = links.filter((record) => names(record.target))
  const channelNotes = entries.filter(
    (e) => e.kind === 'note' && e.channel !== null && names(e.channel),
  )
  const groups = groupLinks(records, entries)
  const all = groups.flatMap((g) => g.records)
  const spellings = [
    target,
    ...records.map((r) => r.target),
    ...channelNotes.map((e) => e.channel ?? ''),
  ].filter((name) => linkKey(name) === key)
  return {
    title: entry?.kind === 'page' ? entry.title : nicestSpelling(spellings),
    entry,
    groups,
    claims: all.filter((r) => r.claimId !== null).length,
    passages: all.filter((r) => r.claimId === null).length,
    channelNotes,
  }
}

/**
 * The links elsewhere in the library that lead to this note: targets that
 * resolve to its slug, written in other notes.
 */
export function gatherBacklinks(
  slug: string,
  links: readonly LinkRecord[],
  { entries, resolver }: Library,
): readonly LinkGroup[] {
  const records = links.filter(
    (record) => record.from !== slug && resolver.resolve(record.target) === slug,
  )
  return groupLinks(records, entries)
}

function claimsIn(group: LinkGroup): number {
  return group.records.filter((r) => r.claimId !== null).length
}

/**
 * Groups links by the note they are written in; a claim (or prose block)
 * that links twice counts once. Notes with more linking claims come first,
 * then those with more links in prose, then by their order in the library.
 */
export function groupLinks(
  records: readonly LinkRecord[],
  entries: readonly LibraryEntry[],
): readonly LinkGroup[] {
  const groups = new Map<string, LinkRecord[]>()
  const seen = new Set<string>()
  for (const record of records) {
    const id = `${record.from}\u0000${record.claimId ?? `prose:${record.section}:${record.text}`}`
    if (seen.has(id)) continue
    seen.add(id)
    const group = groups.get(record.from)
    if (group) group.push(record)
    else groups.set(record.from, [record])
  }
  const order = new Map(entries.map((e, i) => [e.slug, i]))
  const rank = (slug: string) => order.get(slug) ?? Number.MAX_SAFE_INTEGER
  return [...groups.entries()]
    .map(([from, list]) => ({
      slug: from,
      title: entries.find((e) => e.slug === from)?.title ?? from,
      records: list,
    }))
    .toSorted(
      (a, b) =>
        claimsIn(b) - claimsIn(a) ||
        b.records.length - a.records.length ||
        rank(a.slug) - rank(b.slug),
    )
}

/** How friendly a spelling reads: words apart, then capitals, then accents. */
function spellingScore(name: string): number {
  return (
    (/\s/.test(name) ? 8 : 0) +
    (/[_]/.test(name) ? 0 : 4) +
    (/\p{Lu}/u.test(name) ? 2 : 0) +
    (/[^\p{ASCII}]/u.test(name) ? 1 : 0)
  )
}

/**
 * The friendliest of the ways a name is written: words apart rather than
 * joined by `_` or `-`, then with capitals, then with its accents, then the
 * most used, then the first seen. A name written only with underscores shows
 * them as spaces, capitalised (`integrals_and_derivatives` → `Integrals and derivatives`).
 */
export function nicestSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const raw of spellings) {
    const name = raw.trim()
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  let best = ''
  for (const name of counts.keys()) {
    if (
      best === '' ||
      spellingScore(name) > spellingScore(best) ||
      (spellingScore(name) === spellingScore(best) &&
        (counts.get(name) ?? 0) > (counts.get(best) ?? 0))
    )
      best = name
  }
  if (/\s/.test(best) || !best.includes('_')) return best
  // A file-like name: words apart, and a capital to start it, as a title has.
  const words = best.replace(/_+/g, ' ').trim()
  return /\p{Lu}/u.test(words) ? words : words.charAt(0).toUpperCase() + words.slice(1)
}

/** `N claims in M notes link here`, and each of them. */
export function describeLinkCount(claims: number, passages: number, notes: number): string {
  const parts = [
    claims > 0 || passages === 0 ? formatCount(claims, 'claim') : null,
    passages > 0 ? formatCount(passages, 'passage') : null,
  ].filter(Boolean)
  const what = parts.join(' and ')
  const verb = claims + passages === 1 ? 'links' : 'link'
  return `${what} in ${formatCount(notes, 'note')} ${verb} here`
}
