import type { StateCreator } from 'zustand'
import type { ReaderState } from './reader-state.ts'
import type { KeyValueStorage } from './saved-position.ts'
import { loadSettings, saveSettings, type Settings } from './settings.ts'

/**
 * The reader-wide settings, as this note's store holds them: read from the
 * storage when the store is made, written through on every change, so the
 * next note's store starts where this one left them.
 */
export interface SettingsSlice {
  readonly settings: Settings
  updateSettings(patch: Partial<Settings>): void
}

export function createSettingsSlice(
  storage: KeyValueStorage | null,
): StateCreator<ReaderState, [], [], SettingsSlice> {
  return (set, get) => ({
    settings: loadSettings(storage),
    updateSettings(patch) {
      const settings = { ...get().settings, ...patch }
      set({ settings })
      saveSettings(storage, settings)
    },
  })
}
