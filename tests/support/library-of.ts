import { describeNote } from '../../src/library/describe-note.ts'
import { createSearchIndexJson } from '../../src/library/search-index.ts'
import type { LibraryManifest } from '../../src/library/library-entry.ts'
import { shardUrl, splitLinks } from '../../src/library/link-shards.ts'
import { createLibraryStore, type LibraryStore } from '../../src/library/library-store.ts'
import { createMemoryShelf, type OwnNote } from '../../src/library/own-note.ts'
import type { VaultSource } from '../../src/library/vault-source.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'

/**
 * A vault held in memory, served the way the built site serves its files:
 * the links in `shards` shards (four unless said, so tests load more than one).
 */
export function memorySource(notes: readonly CompiledNote[], shards = 4): VaultSource {
  const records = notes.map((note) => describeNote(note, 'vault', `n/${note.doc.slug}.json`))
  const manifest: LibraryManifest = {
    version: 2,
    notes: records.map((r) => r.entry),
    links: { count: shards, prefix: 'links/' },
    search: 'search.json',
  }
  const split = splitLinks(
    records.flatMap((r) => r.links),
    shards,
  )
  const byUrl = new Map(split.map((links, n) => [shardUrl(manifest.links, n), links]))
  const bySrc = new Map(records.map((r, i) => [r.entry.src, notes[i]!]))
  return {
    manifest: () => Promise.resolve(manifest),
    note: (src) => {
      const note = bySrc.get(src)
      return note ? Promise.resolve(note) : Promise.reject(new Error(`No file ${src}`))
    },
    links: (url) => {
      const links = byUrl.get(url)
      return links ? Promise.resolve(links) : Promise.reject(new Error(`No file ${url}`))
    },
    text: () => Promise.resolve(createSearchIndexJson(records.flatMap((r) => r.searchDocs))),
  }
}

/** A library store over notes compiled in the test, with your own notes kept in memory. */
export function libraryOf(
  notes: readonly CompiledNote[],
  own: readonly OwnNote[] = [],
): LibraryStore {
  return createLibraryStore({ source: memorySource(notes), shelf: createMemoryShelf(own) })
}
