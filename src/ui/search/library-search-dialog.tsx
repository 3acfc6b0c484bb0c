import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react'

/** The box and its results load when the dialog first opens, not with every page. */
const LibrarySearchBox = lazy(async () => ({
  default: (await import('./library-search-box.tsx')).LibrarySearchBox,
}))

/** Whether a key press is typing into something (a field, an editable text). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable]') !== null
  )
}

interface LibrarySearchDialogProps {
  /** Whether `/` opens it too: not on a note, where `/` searches the note itself. */
  readonly slashOpens: boolean
}

/**
 * The search across every note, on any page: Ctrl+K (⌘K) opens it anywhere,
 * `/` wherever the page has no search of its own. A modal dialog: Escape
 * closes it and focus goes back where it was; opening a result closes it.
 */
export function LibrarySearchDialog({ slashOpens }: LibrarySearchDialogProps): ReactNode {
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const commandK =
        (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const slash =
        slashOpens &&
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [slashOpens])

  useEffect(() => {
    const element = dialog.current
    if (!element || !open) return undefined
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!element.open) element.showModal?.()
    const onPress = (event: MouseEvent) => {
      if (event.target === element) setOpen(false)
    }
    element.addEventListener('click', onPress)
    return () => {
      element.removeEventListener('click', onPress)
      if (element.open) element.close()
      back?.focus({ preventScroll: true })
    }
  }, [open])

  return (
    <dialog
      ref={dialog}
      data-library-search-dialog=""
      aria-label="Search every note"
      onClose={() => setOpen(false)}
      className="mx-auto mt-[8dvh] max-h-[80dvh] w-[min(40rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-slate-200 bg-white p-3 text-slate-800 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && (
        <Suspense fallback={<p className="p-2 text-sm text-slate-600">Opening the search…</p>}>
          <LibrarySearchBox
            autoFocus
            onOpen={() => setOpen(false)}
            onEscape={() => setOpen(false)}
          />
        </Suspense>
      )}
    </dialog>
  )
}
