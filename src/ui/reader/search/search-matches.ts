/**
 * The search bar's current matches, for whatever else shows them (the note's
 * gutter) without reaching into the search bar. One reader is open at a time,
 * so one list is enough; the search bar empties it when it closes.
 */
type Listener = () => void

let current: readonly Range[] = []
const listeners = new Set<Listener>()

export function publishSearchMatches(matches: readonly Range[]): void {
  if (matches === current || (matches.length === 0 && current.length === 0)) return
  current = matches
  for (const listener of listeners) listener()
}

export function getSearchMatches(): readonly Range[] {
  return current
}

export function subscribeSearchMatches(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
