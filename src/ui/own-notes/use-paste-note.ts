import { useEffect } from 'react'
import { filesChosen } from '../../own-notes/gather-files.ts'
import type { NoteSource } from '../../own-notes/open-own-notes.ts'

/** Where a paste belongs to what is being typed, not to Lockstep. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return (
    target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
    null
  )
}

interface PasteHandlers {
  readonly onText: (text: string) => void
  readonly onFiles: (sources: NoteSource[]) => void
}

/**
 * Ctrl/Cmd+V outside text fields: pasted files open as notes, and pasted
 * text goes to `onText`, which opens it if it looks like a note. Outside a
 * field a paste has nothing else to do, so nothing is prevented.
 */
export function usePasteNote({ onText, onFiles }: PasteHandlers): void {
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      const data = event.clipboardData
      if (!data || isEditable(event.target)) return
      if (data.files.length > 0) onFiles(filesChosen(data.files))
      else onText(data.getData('text/plain'))
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [onText, onFiles])
}
