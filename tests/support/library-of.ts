import { describeNote } from '../../src/library/describe-note.ts'
import { createSearchIndexJson } from '../../src/library/search-index.ts'
import type { LibraryManifest } from '../../src/library/library-entry.ts'
import { createLibraryStore, type LibraryStore } from '../../src/library/library-store.ts'
import { createMemoryShelf, type OwnNote } from '../../src/library/own-note.ts'
import type { VaultSource } from '../../src/library/vault-source.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'

/** A vault held in memory, served the way the built site serves its files. */
export function memorySource(notes: readonly CompiledNote[]): VaultSource {
  const records = notes.map((note) => describeNote(note, 'vault', `n/${note.doc.slug}.json`))
  const manifest: LibraryManifest = {
    version: 1,
    notes: records.map((r) => r.entry),
    links: 'links.json',
    search: 'search.json',
  }
  const bySrc = new Map(records.map((r, i) => [r.entry.src, notes[i]!]))
  return {
    manifest: () => Promise.resolve(manifest),
    note: (src) => {
      const note = bySrc.get(src)
      return note ? Promise.resolve(note) : Promise.reject(new Error(`No file ${src}`))
    },
    links: () => Promise.resolve(records.flatMap((r) => r.links)),
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
