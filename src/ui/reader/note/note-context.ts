import { createContext, useContext } from 'react'

/** Where a wikilink goes: a note of the library, or the page of a topic no note is named for. */
export interface WikilinkTarget {
  readonly href: string
  /** False when nothing in the library has that name: the topic page then only gathers the links to it. */
  readonly resolved: boolean
}

/** What the note's inline components need to know about the note around them. */
export interface NoteContextValue {
  readonly linkTo: (target: string) => WikilinkTarget
}

export const NoteContext = createContext<NoteContextValue | null>(null)

export function useNoteContext(): NoteContextValue {
  const value = useContext(NoteContext)
  if (!value) throw new Error('Note components must be rendered inside <NoteContext value={…}>.')
  return value
}
