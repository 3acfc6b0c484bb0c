import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { LibraryStore } from '../../library/library-store.ts'
import type { OwnNote } from '../../library/own-note.ts'
import type { NoteSource, OpenProgress, Refusal } from '../../own-notes/open-own-notes.ts'
import type { ParseClient } from '../../own-notes/parse-client.ts'
import { useLibraryStore } from '../library-context.ts'
import { LIBRARY_HREF, noteHref } from '../route.ts'

/** What the reader sees of opening and removing their own notes. */
export interface OwnNotesUiState {
  /** While files are being read: how many, which one, at what stage. */
  readonly progress: OpenProgress | null
  /** The files of the last opening that were not opened, each with why. */
  readonly refusals: readonly Refusal[]
  /** What the last opening of several files did: "Opened 5 notes". */
  readonly notice: string | null
  /** The note just removed, until it is put back or the moment passes. */
  readonly removed: OwnNote | null
  /** Opens files; one note opened shows it, several show the library. */
  open(sources: readonly NoteSource[]): Promise<void>
  /** Opens pasted text as a note when it looks like one (see looksLikeNote); ignores it otherwise. */
  openPasted(text: string): Promise<void>
  remove(slug: string): Promise<void>
  undoRemove(): Promise<void>
  /** Lists files (or a folder) not opened, without reading anything: a folder with no notes. */
  refuse(refusals: readonly Refusal[]): void
  dismissRefusals(): void
  dismissNotice(): void
  forgetRemoved(): void
}

export type OwnNotesUi = StoreApi<OwnNotesUiState>

/** What an opening did: the slugs opened, the files refused. */
export interface OpenOutcome {
  readonly slugs: readonly string[]
  readonly refused: readonly Refusal[]
}

interface UiDeps {
  readonly library: LibraryStore
  /** The parser; by default the worker, loaded on first use. */
  readonly loadParser?: () => Promise<ParseClient>
  /** Where to go after opening; by default the page's hash. */
  readonly navigate?: (href: string) => void
  /** Where the reader is now; by default the page's hash. */
  readonly whereNow?: () => string
}

// The parser, its worker and the opening code load on the first file, not with the page.
const loadWorkerParser = () =>
  import('../../own-notes/parse-client.ts').then(({ createParseClient }) => createParseClient())
const loadOpening = () => import('./open-and-keep.ts')

function hashNow(): string {
  return window.location.hash
}

function goTo(href: string): void {
  window.location.hash = href.slice(1)
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createOwnNotesUi({
  library,
  loadParser = loadWorkerParser,
  navigate = goTo,
  whereNow = hashNow,
}: UiDeps): OwnNotesUi {
  let parser: Promise<ParseClient> | null = null
  /** Openings run one after another: a second drop waits for the first. */
  let queue: Promise<void> = Promise.resolve()

  return createStore<OwnNotesUiState>()((set, get) => {
    const openNow = async (sources: readonly NoteSource[]): Promise<void> => {
      if (sources.length === 0) return
      // Where the reader was when the files came: having gone elsewhere since, they are not taken away.
      const from = whereNow()
      const first = { name: sources[0]?.path ?? '', bytes: sources[0]?.file.size ?? 0 }
      set({
        notice: null,
        refusals: [],
        progress: { total: sources.length, done: 0, current: first },
      })
      let outcome: OpenOutcome
      try {
        const [{ openAndKeep }, client] = await Promise.all([
          loadOpening(),
          (parser ??= loadParser()),
        ])
        outcome = await openAndKeep(sources, {
          library,
          parser: client,
          onProgress: (progress) => set({ progress }),
        })
      } catch (error) {
        parser = null // a failed load may work next time
        const reason = `Lockstep’s reader could not start (${reasonOf(error)})`
        set({ progress: null, refusals: sources.map((s) => ({ name: s.path, reason })) })
        return
      }
      const { slugs, refused } = outcome
      set({ progress: null, refusals: refused })
      const [only] = slugs
      const stayed = whereNow() === from
      if (slugs.length === 1 && only !== undefined) {
        if (stayed) navigate(noteHref(only))
      } else if (slugs.length > 1) {
        set({ notice: `Opened ${slugs.length} notes` })
        if (stayed) navigate(LIBRARY_HREF)
      }
    }

    return {
      progress: null,
      refusals: [],
      notice: null,
      removed: null,

      open(sources) {
        const next = queue.then(() => openNow(sources))
        queue = next
        return next
      },

      async openPasted(text) {
        const { pastedAsSource } = await loadOpening()
        const source = pastedAsSource(text)
        if (source) await get().open([source])
      },

      async remove(slug) {
        const own = library.getState().own.find((o) => o.note.doc.slug === slug)
        if (!own) return
        set({ removed: own })
        await library.getState().removeOwn(slug)
      },

      async undoRemove() {
        const own = get().removed
        if (!own) return
        set({ removed: null })
        await library.getState().keepOwn([own])
      },

      refuse: (refusals) => set({ refusals, notice: null }),
      dismissRefusals: () => set({ refusals: [] }),
      dismissNotice: () => set({ notice: null }),
      forgetRemoved: () => set({ removed: null }),
    }
  })
}

/** One UI store per library, so every test's library gets a fresh one. */
const uis = new WeakMap<LibraryStore, OwnNotesUi>()

export function ownNotesUiOf(library: LibraryStore): OwnNotesUi {
  let ui = uis.get(library)
  if (!ui) uis.set(library, (ui = createOwnNotesUi({ library })))
  return ui
}

/** Selects what a component shows of your own notes' state. */
export function useOwnNotesUi<T>(selector: (state: OwnNotesUiState) => T): T {
  return useStore(ownNotesUiOf(useLibraryStore()), selector)
}
