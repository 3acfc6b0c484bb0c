import { createStore, type StoreApi } from 'zustand/vanilla'
import type { NoteDocument } from '../note/model.ts'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { createDocumentSlice } from './document-slice.ts'
import { createPlaybackClock } from './playback-clock.ts'
import { createPlaybackSlice } from './playback-slice.ts'
import type { ReaderState } from './reader-state.ts'
import { createReadingSlice } from './reading-slice.ts'
import type { KeyValueStorage } from './saved-position.ts'
import { createSearchSlice } from './search-slice.ts'
import { createSettingsSlice } from './settings-slice.ts'

export type ReaderStore = StoreApi<ReaderState>

export interface ReaderStoreOptions {
  readonly startAt?: Seconds
  readonly follow?: boolean
  /**
   * Where the reader-wide settings are kept: `browserStorage()` in the app, a
   * fake in tests. Without one the settings are the defaults, remembered by nothing.
   */
  readonly storage?: KeyValueStorage | null
}

/** One store per open note; tests make a fresh one each. */
export function createReaderStore(
  doc: NoteDocument,
  options: ReaderStoreOptions = {},
): ReaderStore {
  const clock = createPlaybackClock(options.startAt ?? toSeconds(0))
  const store = createStore<ReaderState>()((...a) => ({
    ...createDocumentSlice(doc, clock)(...a),
    ...createPlaybackSlice(...a),
    ...createReadingSlice({ follow: options.follow ?? true })(...a),
    ...createSearchSlice(...a),
    ...createSettingsSlice(options.storage ?? null)(...a),
  }))
  store.getState().applyTime(clock.now())
  return store
}
