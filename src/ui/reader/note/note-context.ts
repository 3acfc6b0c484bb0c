import { createContext, useContext } from 'react'

/** What the note's inline components need to know about the note around them. */
export interface NoteContextValue {
  /** The slug of the note a wikilink target names, or null when none does. */
  readonly resolveWikilink: (target: string) => string | null
}

export const NoteContext = createContext<NoteContextValue | null>(null)

export function useNoteContext(): NoteContextValue {
  const value = useContext(NoteContext)
  if (!value) throw new Error('Note components must be rendered inside <NoteContext value={…}>.')
  return value
}
