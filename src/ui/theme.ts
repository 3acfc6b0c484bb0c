import type { Settings } from '../store/settings.ts'

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** Whether the page is dark: the reader's choice, or the system's when they chose none. */
export function isDark(theme: Settings['theme']): boolean {
  if (theme !== 'system') return theme === 'dark'
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches
}

/** Puts the `dark` class on <html> (Tailwind's dark variant is bound to it in index.css). */
export function applyTheme(theme: Settings['theme']): void {
  document.documentElement.classList.toggle('dark', isDark(theme))
  document.documentElement.style.colorScheme = isDark(theme) ? 'dark' : 'light'
}

/** Re-applies the theme when the system changes while the reader follows it. */
export function followSystemTheme(current: () => Settings['theme']): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const query = matchMedia(DARK_QUERY)
  const onChange = () => applyTheme(current())
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
