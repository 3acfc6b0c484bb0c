import type { LibraryEntry, LinkRecord } from '../../src/library/library-entry.ts'

/** A manifest row with made-up defaults; only what a test cares about needs saying. */
export function entryOf(
  slug: string,
  title: string,
  extra: Partial<LibraryEntry> = {},
): LibraryEntry {
  return {
    slug,
    kind: 'note',
    origin: 'vault',
    title,
    channel: null,
    videoId: 'Vv0000000A1',
    file: `vault/${slug}.md`,
    claims: 1,
    citations: 1,
    span: [0, 0],
    headings: [],
    errors: 0,
    src: `n/${slug}.json`,
    ...extra,
  }
}

/** A link written in a claim (`claimId` given) or in prose (null). */
export function linkOf(
  from: string,
  target: string,
  claimId: string | null,
  text = `${from} on ${target}`,
): LinkRecord {
  const seconds = claimId === null ? null : Number(/^t(\d+)/.exec(claimId)?.[1] ?? 0)
  return { from, target, claimId, seconds, text, section: 'Intro' }
}
