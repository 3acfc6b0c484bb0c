/** A match of the search in the note's text. */
export interface SearchMatch {
  readonly range: Range
}

/**
 * Finds a query in the note's text, case-insensitively, in reading order.
 * Walks text nodes (citation chips and the copy-link control excluded) so
 * find-in-note sees exactly the words the reader sees.
 */
export function findInNote(root: HTMLElement, query: string): Range[] {
  const needle = query.trim().toLocaleLowerCase()
  if (needle === '') return []
  const ranges: Range[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  })
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLocaleLowerCase()
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      ranges.push(range)
    }
  }
  return ranges
}

/** Paints matches with the CSS Custom Highlight API where the browser has it. */
export function paintMatches(all: readonly Range[], current: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  CSS.highlights.set('lockstep-search', new Highlight(...all))
  if (current) CSS.highlights.set('lockstep-search-current', new Highlight(current))
  else CSS.highlights.delete('lockstep-search-current')
}

export function clearMatches(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  CSS.highlights.delete('lockstep-search')
  CSS.highlights.delete('lockstep-search-current')
}
