import { useEffect } from 'react'
import { getSettings } from '../../settings.ts'
import { actionForKey, type ReaderAction } from './keymap.ts'

/** Listens for the reader's keys on the whole page and hands their actions on. */
export function useShortcuts(perform: (action: ReaderAction) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = actionForKey(event, getSettings().shortcuts)
      if (!action) return
      event.preventDefault()
      perform(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [perform, enabled])
}
