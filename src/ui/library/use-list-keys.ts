import { type RefObject, useEffect } from 'react'

/** The links ↓ and ↑ move between: every note's and every topic's, in reading order. */
export const LIST_ITEMS = '[data-library-note], [data-library-page]'

/**
 * `/` anywhere on the page (not while typing, no Ctrl/Cmd/Alt) focuses the
 * filter, as in the reader's search.
 */
export function useSlashFocus(filter: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTyping(event.target)) return
      event.preventDefault()
      filter.current?.focus()
      filter.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [filter])
}

/**
 * ↓ / ↑ between the index's links (from the filter, ↓ goes to the first; from
 * the first, ↑ goes back to the filter), Home / End to the ends. Every link
 * stays in the Tab order too.
 */
export function useListKeys(
  root: RefObject<HTMLElement | null>,
  filter: RefObject<HTMLInputElement | null>,
): void {
  useEffect(() => {
    const element = root.current
    if (!element) return
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return
      const target = event.target as HTMLElement
      const fromFilter = target === filter.current
      const item = target.closest<HTMLElement>(LIST_ITEMS)
      if (!fromFilter && !item) return
      const items = [...element.querySelectorAll<HTMLElement>(LIST_ITEMS)]
      const at = item ? items.indexOf(item) : -1
      let next: HTMLElement | null | undefined
      if (event.key === 'ArrowDown') next = items[at + 1]
      else if (event.key === 'ArrowUp')
        next = at <= 0 ? (fromFilter ? null : filter.current) : items[at - 1]
      else if (event.key === 'Home' && item) next = items[0]
      else if (event.key === 'End' && item) next = items.at(-1)
      if (!next) return
      event.preventDefault()
      next.focus()
      next.scrollIntoView({ block: 'nearest' })
    }
    element.addEventListener('keydown', onKey)
    return () => element.removeEventListener('keydown', onKey)
  }, [root, filter])
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}
