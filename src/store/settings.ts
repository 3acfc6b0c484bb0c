import type { KeyValueStorage } from './saved-position.ts'

/** Reader-wide preferences, shared by every note (DESIGN §3, §4). */
export interface Settings {
  /** Single-key shortcuts (WCAG 2.1.4: they can be switched off). */
  readonly shortcuts: boolean
  /** Whether a screen reader hears the claim now playing (a polite live region). */
  readonly announce: boolean
  readonly theme: 'system' | 'light' | 'dark'
  /** The player pane's share of a wide screen, in percent. */
  readonly split: number
  /** Whether the outline is open on wide screens; narrow screens always start with it folded. */
  readonly outline: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  shortcuts: true,
  announce: true,
  theme: 'system',
  split: 42,
  outline: true,
}

const KEY = 'lockstep:settings'

/**
 * Reads the saved settings. Each field falls back to its default on its own:
 * a corrupt theme does not cost the reader their split.
 */
export function loadSettings(storage: KeyValueStorage | null): Settings {
  let saved: Record<string, unknown> = {}
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}')
    if (typeof value === 'object' && value !== null) saved = value as Record<string, unknown>
  } catch {
    return DEFAULT_SETTINGS
  }
  const flag = (name: 'shortcuts' | 'announce' | 'outline') =>
    typeof saved[name] === 'boolean' ? saved[name] : DEFAULT_SETTINGS[name]
  const { theme, split } = saved
  return {
    shortcuts: flag('shortcuts'),
    announce: flag('announce'),
    theme: theme === 'light' || theme === 'dark' ? theme : DEFAULT_SETTINGS.theme,
    split: typeof split === 'number' && split >= 20 && split <= 80 ? split : DEFAULT_SETTINGS.split,
    outline: flag('outline'),
  }
}

/** Saves the settings; a full or blocked storage leaves them applied but not remembered. */
export function saveSettings(storage: KeyValueStorage | null, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings))
  } catch {
    // Private mode or a full quota.
  }
}
