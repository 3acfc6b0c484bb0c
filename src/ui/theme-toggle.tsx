import type { ReactNode } from 'react'
import { useReader } from '../store/use-reader.ts'
import { applyTheme } from './theme.ts'
import { IconButton } from './icon-button.tsx'

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const
const LABEL = {
  system: 'Theme: as the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
} as const
const ICON = { system: 'system', light: 'sun', dark: 'moon' } as const

/** Cycles the theme: as the system → light → dark. */
export function ThemeToggle(): ReactNode {
  const theme = useReader((s) => s.settings.theme)
  const updateSettings = useReader((s) => s.updateSettings)
  return (
    <IconButton
      icon={ICON[theme]}
      label={`${LABEL[theme]}. Change`}
      onClick={() => {
        updateSettings({ theme: NEXT[theme] })
        applyTheme(NEXT[theme])
      }}
    />
  )
}
