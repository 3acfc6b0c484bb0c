import { lazy } from 'react'

/**
 * What the intake shows only once something happens (the status panel's
 * contents, the drop overlay) comes in its own chunk, so the page's first
 * script stays within budget (DESIGN §6); it is fetched once the page has
 * mounted, so it is there when a file arrives.
 */
const loadParts = () => import('./own-notes-parts-chunk.ts')

export const OwnNotesStatusCards = lazy(async () => ({
  default: (await loadParts()).OwnNotesStatusCards,
}))
export const DropOverlay = lazy(async () => ({ default: (await loadParts()).DropOverlay }))

export function preloadOwnNotesParts(): void {
  void loadParts()
}
