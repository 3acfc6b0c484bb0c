import { useEffect } from 'react'
import { useReaderStore } from '../../../store/use-reader.ts'
import type { ReaderAction } from './key-bindings.ts'
import { actionForKey } from './keymap.ts'

/** Listens for the reader's keys on the whole page and hands their actions on. */
export function useShortcuts(perform: (action: ReaderAction) => void, enabled: boolean): void {
  const store = useReaderStore()
  useEffect(() => {
    if (!enabled) return undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = actionForKey(event, store.getState().settings.shortcuts)
      if (!action) return
      event.preventDefault()
      perform(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [perform, enabled, store])
}
