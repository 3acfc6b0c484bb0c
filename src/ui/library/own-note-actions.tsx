import type { ReactNode } from 'react'
import { RemoveOwnNoteButton } from '../own-notes/remove-own-note-button.tsx'

/**
 * The actions on one of your own notes in the index: removing it (with an
 * undo). Inside the card's `<li>`, after its link (a button cannot sit in a
 * link), over the corner of the still.
 */
export function OwnNoteActions({ slug }: { readonly slug: string }): ReactNode {
  return (
    <div className="absolute top-3 right-3">
      <RemoveOwnNoteButton slug={slug} />
    </div>
  )
}
