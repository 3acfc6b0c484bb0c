import { type ReactNode, useState } from 'react'
import { browserStorage } from '../../store/saved-position.ts'
import { loadSettings, saveSettings, type Settings } from '../../store/settings.ts'
import { Icon } from '../icon.tsx'
import { applyTheme } from '../theme.ts'
import { describeTheme } from '../theme-toggle.tsx'

type Theme = Settings['theme']

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const satisfies Record<
  Theme,
  Theme
>
const ICON = { system: 'system', light: 'sun', dark: 'moon' } as const
const SHORT = { system: 'Auto', light: 'Light', dark: 'Dark' } as const

/**
 * The reader's theme button for the library's own pages, where no reader
 * store is open: it reads and saves the same setting, so a note opened next
 * shows the same theme.
 */
export function LibraryThemeToggle(): ReactNode {
  const [theme, setTheme] = useState<Theme>(() => loadSettings(browserStorage()).theme)
  const label = describeTheme(theme)
  return (
    <button
      type="button"
      data-theme-toggle={theme}
      aria-label={label}
      title={label}
      onClick={() => {
        const next = NEXT[theme]
        const storage = browserStorage()
        saveSettings(storage, { ...loadSettings(storage), theme: next })
        applyTheme(next)
        setTheme(next)
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
