import { createStore, type StoreApi } from 'zustand/vanilla'
import type { CompiledNote } from '../note/compiled-note.ts'
import type { LibraryEntry, LibraryManifest, LinkRecord } from './library-entry.ts'
import { type LinkShard, mergeShards, shardOfKey, shardUrl } from './link-shards.ts'
import type { OwnNote, OwnNoteShelf } from './own-note.ts'
import type { LibrarySearch } from './search-index.ts'
import { createLinkResolver, type LinkResolver } from './resolve-link.ts'
import type { VaultSource } from './vault-source.ts'

/** The whole library: the vault's notes and your own, and what links them. */
export interface LibraryState {
  readonly status: 'loading' | 'ready' | 'failed'
  /** Why the vault could not be loaded, in words for the reader. */
  readonly problem: string | null
  readonly manifest: LibraryManifest | null
  readonly own: readonly OwnNote[]
  /** Every note, the vault's first, then your own in the order opened. */
  readonly entries: readonly LibraryEntry[]
  readonly resolver: LinkResolver
  /** The shards of the vault's links loaded so far, by number (see `loadLinks`, `linksTo`). */
  readonly linkShards: ReadonlyMap<number, LinkShard>
  /** The search across every note, once asked for (`loadSearch`); it changes in place as your notes do. */
  readonly search: LibrarySearch | null
  /** Counts the changes to `search`, so what shows its results can look again. */
  readonly searchVersion: number
  /** What went wrong keeping your own notes in this browser, if anything. */
  readonly shelfProblem: string | null
  /** Loads the manifest and your kept notes; safe to call more than once. */
  start(): Promise<void>
  entryOf(slug: string): LibraryEntry | null
  /** The compiled note of that slug, or null when the library has none. Throws when loading fails. */
  loadNote(slug: string): Promise<CompiledNote | null>
  /** How many times each vault note's file changed while the page was open (dev server). */
  readonly edits: Readonly<Record<string, number>>
  /** A vault note's file changed: the next `loadNote` fetches it anew, and `edits` counts it. */
  noteEdited(slug: string): void
  /**
   * Loads the vault's links whose targets have these keys (`linkKey`): the
   * shards that hold them, each once. Your own notes' links are always at hand.
   */
  loadLinks(keys: readonly string[]): Promise<void>
  /** Loads the search index (and its library) the first time; your own notes join it. */
  loadSearch(): Promise<LibrarySearch>
  /** The slug an opened file gets: its name, unless a vault note has it already. */
  ownSlugFor(fileName: string): string
  /** Adds (or replaces) your own notes and keeps them; they open for this visit even if keeping fails. */
  keepOwn(notes: readonly OwnNote[]): Promise<void>
  removeOwn(slug: string): Promise<void>
  dismissShelfProblem(): void
}

export type LibraryStore = StoreApi<LibraryState>

export interface LibraryDeps {
  readonly source: VaultSource
  readonly shelf: OwnNoteShelf
}

export function createLibraryStore({ source, shelf }: LibraryDeps): LibraryStore {
  const notes = new Map<string, Promise<CompiledNote>>()
  let started: Promise<void> | null = null
  const shardLoads = new Map<number, Promise<void>>()
  let searchLoad: Promise<LibrarySearch> | null = null
  /** The search's refreshes, in order (see refreshSearch). */
  let searchWork: Promise<void> = Promise.resolve()

  return createStore<LibraryState>()((set, get) => {
    /**
     * Your own notes changed: the search drops the old and indexes the new, in
     * steps (a big note's claims would block the page for most of a second),
     * one change after another.
     */
    const refreshSearch = (removed: readonly string[], added: readonly OwnNote[]) => {
      searchWork = searchWork.then(async () => {
        const { search } = get()
        if (!search) return
        for (const slug of removed) search.removeNote(slug)
        await search.addInSteps(added.flatMap((o) => o.record.searchDocs))
        set({ searchVersion: get().searchVersion + 1 })
      })
      return searchWork
    }

    return {
      status: 'loading',
      problem: null,
      ...withNotes(null, []),
      linkShards: new Map(),
      search: null,
      searchVersion: 0,
      shelfProblem: null,

      start() {
        started ??= (async () => {
          const [vault, kept] = await Promise.allSettled([source.manifest(), shelf.list()])
          const own = kept.status === 'fulfilled' ? kept.value.notes : []
          const unreadable = kept.status === 'fulfilled' ? kept.value.unreadable : 0
          const shelfProblem =
            kept.status === 'rejected'
              ? `Your own notes could not be read from this browser: ${messageOf(kept.reason)}`
              : unreadable > 0
                ? `${unreadable === 1 ? 'One of your notes' : `${unreadable} of your notes`} kept in this browser could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`
                : null
          if (vault.status === 'rejected') {
            started = null // a later start() tries again
            set({
              ...withNotes(null, own),
              status: 'failed',
              problem: messageOf(vault.reason),
              shelfProblem,
            })
            return
          }
          set({ ...withNotes(vault.value, own), status: 'ready', shelfProblem })
        })()
        return started
      },

      entryOf: (slug) => get().entries.find((entry) => entry.slug === slug) ?? null,

      async loadNote(slug) {
        const own = get().own.find((o) => o.note.doc.slug === slug)
        if (own) return own.note
        const entry = get().manifest?.notes.find((e) => e.slug === slug)
        if (!entry) return null
        let loading = notes.get(entry.src)
        if (!loading) {
          loading = source.note(entry.src)
          notes.set(entry.src, loading)
          // A failed load may succeed later (the network came back): do not keep the failure.
          loading.catch(() => notes.delete(entry.src))
        }
        return loading
      },

      async loadLinks(keys) {
        const shards = get().manifest?.links
        if (!shards) return
        const wanted = new Set(keys.map((key) => shardOfKey(key, shards.count)))
        await Promise.all(
          [...wanted].map((shard) => {
            let loading = shardLoads.get(shard)
            if (!loading) {
              loading = source.links(shardUrl(shards, shard)).then((loaded) => {
                set({ linkShards: new Map(get().linkShards).set(shard, loaded) })
              })
              shardLoads.set(shard, loading)
              // A failed load may succeed later: do not keep the failure.
              loading.catch(() => shardLoads.delete(shard))
            }
            return loading
          }),
        )
      },

      loadSearch() {
        searchLoad ??= (async () => {
          // The search library loads with the index, not with the page.
          const url = get().manifest?.search
          const [{ loadSearchIndex, createEmptySearch }, json] = await Promise.all([
            import('./search-index.ts'),
            url ? source.text(url) : Promise.resolve(null),
          ])
          const search = json === null ? createEmptySearch() : loadSearchIndex(json)
          set({ search, searchVersion: get().searchVersion + 1 })
          // Your own notes join it in steps, in turn with any opened meanwhile.
          await refreshSearch([], get().own)
          return search
        })()
        searchLoad.catch(() => {
          searchLoad = null
        })
        return searchLoad
      },

      edits: {},
      noteEdited(slug) {
        const src = get().manifest?.notes.find((e) => e.slug === slug)?.src
        if (src !== undefined) notes.delete(src)
        set({ edits: { ...get().edits, [slug]: (get().edits[slug] ?? 0) + 1 } })
      },

      ownSlugFor(fileName) {
        const base = fileName.replace(/\.(md|markdown|txt)$/i, '').trim() || 'note'
        const vault = new Set(get().manifest?.notes.map((e) => e.slug))
        let slug = base
        for (let n = 2; vault.has(slug); n++) slug = `${base}-${n}`
        return slug
      },

      async keepOwn(opened) {
        const slugs = new Set(opened.map((o) => o.note.doc.slug))
        const own = [...get().own.filter((o) => !slugs.has(o.note.doc.slug)), ...opened]
        set(withNotes(get().manifest, own))
        void refreshSearch([...slugs], opened)
        const failures: unknown[] = []
        for (const note of opened) {
          try {
            await shelf.put(note)
          } catch (error) {
            failures.push(error)
          }
        }
        if (failures.length > 0)
          set({
            shelfProblem: `This browser would not keep ${failures.length === 1 ? 'the note' : `${failures.length} of the notes`} (${messageOf(failures[0])}). ${failures.length === 1 ? 'It is' : 'They are'} open for this visit only.`,
          })
      },

      async removeOwn(slug) {
        set(
          withNotes(
            get().manifest,
            get().own.filter((o) => o.note.doc.slug !== slug),
          ),
        )
        void refreshSearch([slug], [])
        try {
          await shelf.remove(slug)
        } catch (error) {
          set({
            shelfProblem: `The note was removed from the list, but this browser still holds it: ${messageOf(error)}`,
          })
        }
      },

      dismissShelfProblem: () => set({ shelfProblem: null }),
    }
  })
}

/**
 * The links whose targets have these keys, from the loaded shards and your
 * own notes (with others beside them: callers filter by what the targets
 * name), or null while a shard they need is still to load.
 */
export function linksTo(
  { manifest, linkShards, own }: Pick<LibraryState, 'manifest' | 'linkShards' | 'own'>,
  keys: readonly string[],
): readonly LinkRecord[] | null {
  const fromOwn = own.flatMap((o) => o.record.links)
  if (!manifest) return fromOwn
  const shards = [...new Set(keys.map((key) => shardOfKey(key, manifest.links.count)))]
  const loaded = shards.flatMap((shard) => linkShards.get(shard) ?? [])
  if (loaded.length < shards.length) return null
  return [...mergeShards(loaded), ...fromOwn]
}

/** What depends on the list of notes, recomputed whenever it changes. */
function withNotes(manifest: LibraryManifest | null, own: readonly OwnNote[]) {
  const entries = [...(manifest?.notes ?? []), ...own.map((o) => o.record.entry)]
  return { manifest, own, entries, resolver: createLinkResolver(entries) }
}

function messageOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return 'its storage is full'
  return error instanceof Error ? error.message : String(error)
}
