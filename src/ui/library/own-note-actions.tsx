import type { ReactNode } from 'react'

/**
 * SLOT for the own-notes helper: the actions on one of your own notes in the
 * index, e.g. `<RemoveOwnNoteButton slug={slug} />` from src/ui/own-notes/.
 * It renders inside the card's `<li class="relative">`, after the card's link
 * (never inside it: a button cannot sit in a link). Place it absolutely, e.g.
 * `<div className="absolute top-2 right-2">…</div>`, over the thumbnail's corner.
 */
export function OwnNoteActions({ slug }: { readonly slug: string }): ReactNode {
  void slug
  return null
}
