import { useSyncExternalStore } from 'react'
import { browserStorage } from '../store/saved-position.ts'

/** Reader-wide preferences, kept in localStorage and shared by every note. */
export interface Settings {
  /** Single-key shortcuts (WCAG 2.1.4: they can be switched off). */
  readonly shortcuts: boolean
  readonly theme: 'system' | 'light' | 'dark'
  /** The player pane's share of a wide screen, in percent. */
  readonly split: number
  /** Whether the outline is open on wide screens; narrow screens always start with it folded. */
  readonly outline: boolean
}

const KEY = 'lockstep:settings'
const DEFAULTS: Settings = { shortcuts: true, theme: 'system', split: 42, outline: true }
const listeners = new Set<() => void>()
let current: Settings = read()

function read(): Settings {
  try {
    const value: unknown = JSON.parse(browserStorage()?.getItem(KEY) ?? '{}')
    const saved = (typeof value === 'object' && value !== null ? value : {}) as Record<
      string,
      unknown
    >
    return {
      shortcuts: typeof saved['shortcuts'] === 'boolean' ? saved['shortcuts'] : DEFAULTS.shortcuts,
      theme:
        saved['theme'] === 'light' || saved['theme'] === 'dark' ? saved['theme'] : DEFAULTS.theme,
      split:
        typeof saved['split'] === 'number' && saved['split'] >= 20 && saved['split'] <= 80
          ? saved['split']
          : DEFAULTS.split,
      outline: typeof saved['outline'] === 'boolean' ? saved['outline'] : DEFAULTS.outline,
    }
  } catch {
    return DEFAULTS
  }
}

export function getSettings(): Settings {
  return current
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch }
  try {
    browserStorage()?.setItem(KEY, JSON.stringify(current))
  } catch {
    // Not remembered, still applied.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSettings<T>(select: (settings: Settings) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(current),
    () => select(DEFAULTS),
  )
}
