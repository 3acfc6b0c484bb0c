import { slugify } from '../note/slugify.ts'
import type { LibraryEntry } from './library-entry.ts'

/**
 * A wikilink target reduced to what people mean by it: case, accents,
 * underscores, spaces and punctuation do not matter (`Curve_Finance`,
 * `curve finance`, `Curve-Finance` are one name), while letters of any
 * script are kept (`Rías Baixas` → `rias-baixas`, `東京` → `東京`).
 */
export function linkKey(target: string): string {
  const plain = target
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents and other combining marks
    .replace(/\.md$/i, '')
  // A path-like target (`topics/curve`) names its last part, as Obsidian reads it.
  const last = plain.split(/[\\/]/).filter(Boolean).at(-1) ?? plain
  return slugify(last)
}

/** Looks up notes by any of their names: file name, slug or title. */
export interface LinkResolver {
  /** The slug of the entry a target names, or null when nothing in the library has that name. */
  resolve(target: string): string | null
}

/** What the resolver reads of an entry: its names, and whether it is a video note. */
export type NamedEntry = Pick<LibraryEntry, 'slug' | 'kind' | 'file' | 'title'>

/**
 * Indexes entries by slug, file name and title keys. A name is looked up
 * exactly first, then by key. Slugs and file names take a key before titles
 * do; between two entries that share a key at the same level, a video note
 * wins over a plain page, then the earlier entry (the vault before your own).
 */
export function createLinkResolver(entries: readonly NamedEntry[]): LinkResolver {
  const exact = new Map<string, string>()
  const byKey = new Map<string, NamedEntry>()
  const claim = (key: string, entry: NamedEntry) => {
    if (key === '') return
    const held = byKey.get(key)
    if (!held || (held.kind === 'page' && entry.kind === 'note')) byKey.set(key, entry)
  }
  for (const entry of entries) if (!exact.has(entry.slug)) exact.set(entry.slug, entry.slug)
  // Slugs and file names first, so a title never takes a name a file has.
  for (const entry of entries) {
    const [slug, file] = keysOf(entry)
    claim(slug, entry)
    claim(file, entry)
  }
  for (const entry of entries) {
    const [, , title] = keysOf(entry)
    if (!byKey.has(title)) claim(title, entry)
  }
  return {
    resolve(target) {
      const trimmed = target.trim()
      return exact.get(trimmed) ?? byKey.get(linkKey(trimmed))?.slug ?? null
    },
  }
}

/**
 * The keys an entry can be named by: its slug's, its file name's and its
 * title's. A target resolves to the entry only if its key is one of them
 * (an exact slug has the slug's key), so these find every link to it.
 */
export function keysOf(entry: NamedEntry): readonly [string, string, string] {
  return [linkKey(entry.slug), linkKey(fileName(entry.file)), linkKey(entry.title)]
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path
}
