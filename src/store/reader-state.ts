import type { DocumentSlice } from './document-slice.ts'
import type { PlaybackSlice } from './playback-slice.ts'
import type { ReadingSlice } from './reading-slice.ts'
import type { SearchSlice } from './search-slice.ts'
import type { SettingsSlice } from './settings-slice.ts'

/** The reader's one store: made of slices, each with its actions next to its state. */
export type ReaderState = DocumentSlice & PlaybackSlice & ReadingSlice & SearchSlice & SettingsSlice
