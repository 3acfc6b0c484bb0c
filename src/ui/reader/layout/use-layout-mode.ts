import { useSyncExternalStore } from 'react'

/**
 * How the reader lays itself out (DESIGN §3):
 * - `wide`: the video beside the note with a draggable divider (desktops, landscape tablets);
 * - `side`: a phone held sideways, the video and its controls left of the note, no divider;
 * - `stacked`: phones and portrait tablets, the video pinned above the note.
 */
export type LayoutMode = 'wide' | 'side' | 'stacked'

/** Tailwind's `lg`: from here the panes sit side by side with a divider. */
const WIDE = '(min-width: 1024px)'
/** A screen held sideways that is too short to stack the video over the note. */
const SIDE = '(orientation: landscape) and (max-height: 599.98px)'

function readMode(): LayoutMode {
  if (typeof matchMedia !== 'function') return 'wide'
  if (matchMedia(WIDE).matches) return 'wide'
  return matchMedia(SIDE).matches ? 'side' : 'stacked'
}

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const queries = [matchMedia(WIDE), matchMedia(SIDE)]
  for (const query of queries) query.addEventListener('change', onChange)
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange)
  }
}

/** The layout for the window as it is now; re-renders when a rotation or resize changes it. */
export function useLayoutMode(): LayoutMode {
  return useSyncExternalStore(subscribe, readMode, () => 'wide')
}
