import type { ReactNode } from 'react'
import { updateSettings, useSettings } from '../settings.ts'
import { applyTheme } from '../theme.ts'
import { Icon } from './icon.tsx'

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const
const LABEL = {
  system: 'Theme: as the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
} as const
const ICON = { system: 'system', light: 'sun', dark: 'moon' } as const

/** Cycles the theme: as the system → light → dark. */
export function ThemeToggle(): ReactNode {
  const theme = useSettings((s) => s.theme)
  return (
    <button
      type="button"
      aria-label={`${LABEL[theme]}. Change`}
      title={LABEL[theme]}
      onClick={() => {
        updateSettings({ theme: NEXT[theme] })
        applyTheme(NEXT[theme])
      }}
      className="inline-flex size-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <Icon name={ICON[theme]} />
    </button>
  )
}
