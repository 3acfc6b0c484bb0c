import type { ReactNode } from 'react'
import type { Settings } from '../store/settings.ts'
import { useReader } from '../store/use-reader.ts'
import { Icon } from './icon.tsx'
import { applyTheme } from './theme.ts'

export type Theme = Settings['theme']

/** A press moves along: as the system → light → dark → as the system. */
const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const satisfies Record<
  Theme,
  Theme
>
/** The mode in words, for the accessible name. */
const MODE = { system: 'as the system', light: 'light', dark: 'dark' } as const
/** What a press makes of it. */
const ACTION = {
  system: 'switch to light',
  light: 'switch to dark',
  dark: 'follow the system',
} as const
/** The mode shown beside the icon where there is room. */
const SHORT = { system: 'Auto', light: 'Light', dark: 'Dark' } as const
const ICON = { system: 'system', light: 'sun', dark: 'moon' } as const

/** The theme's accessible name: the mode it is in, then what a press does. */
export function describeTheme(theme: Theme): string {
  return `Theme: ${MODE[theme]}. Press to ${ACTION[theme]}`
}

/** In the reader: the theme is one of the reader's settings, in its store. */
export function ThemeToggle(): ReactNode {
  const theme = useReader((s) => s.settings.theme)
  const updateSettings = useReader((s) => s.updateSettings)
  return <ThemeButton theme={theme} onChange={(next) => updateSettings({ theme: next })} />
}

/** Shows the theme (icon, and its name where there is room) and cycles it. */
export function ThemeButton({
  theme,
  onChange,
}: {
  readonly theme: Theme
  readonly onChange: (next: Theme) => void
}): ReactNode {
  const label = describeTheme(theme)
  return (
    <button
      type="button"
      data-theme-toggle={theme}
      aria-label={label}
      title={label}
      onClick={() => {
        onChange(NEXT[theme])
        applyTheme(NEXT[theme])
      }}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <Icon name={ICON[theme]} />
      <span aria-hidden="true" className="hidden sm:inline">
        {SHORT[theme]}
      </span>
    </button>
  )
}
