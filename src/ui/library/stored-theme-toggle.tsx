import { type ReactNode, useState } from 'react'
import { browserStorage } from '../../store/saved-position.ts'
import { loadSettings, saveSettings } from '../../store/settings.ts'
import { type Theme, ThemeButton } from '../theme-toggle.tsx'

/**
 * On the library's own pages, where no reader store is open: the same
 * setting, read from and saved to the browser's storage, so a note opened
 * next shows the same theme.
 */
export function StoredThemeToggle(): ReactNode {
  const [theme, setTheme] = useState<Theme>(() => loadSettings(browserStorage()).theme)
  return (
    <ThemeButton
      theme={theme}
      onChange={(next) => {
        const storage = browserStorage()
        saveSettings(storage, { ...loadSettings(storage), theme: next })
        setTheme(next)
      }}
    />
  )
}
