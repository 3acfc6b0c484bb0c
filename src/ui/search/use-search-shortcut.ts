import { useEffect } from 'react'

/** Whether a key press is typing into something (a field, an editable text). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable]') !== null
  )
}

/**
 * Ctrl+K (⌘K) anywhere, and `/` where `slashOpens` (outside fields), call
 * `onOpen`: the way to the search across every note from any page.
 */
export function useSearchShortcut(slashOpens: boolean, onOpen: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey
      const commandK =
        (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const slash = slashOpens && plain && event.key === '/' && !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      onOpen()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [slashOpens, onOpen])
}
