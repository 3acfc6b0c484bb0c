import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react'
import { LibrarySearchBox } from './library-search-box.tsx'

/**
 * The search across every note in a modal dialog, on any page (see
 * GlobalSearch in app.tsx for the keys that open it). Escape closes it and
 * focus goes back where it was; opening a result closes it.
 */
export function LibrarySearchDialog({ onClose }: { readonly onClose: () => void }): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null)
  // The newest onClose, without reopening the dialog each time the owner renders.
  const close = useRef(onClose)
  useLayoutEffect(() => {
    close.current = onClose
  })

  useEffect(() => {
    const element = dialog.current
    if (!element) return undefined
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!element.open) element.showModal?.()
    // A press on the dialog itself, not on its content, is a press on the backdrop.
    const onPress = (event: MouseEvent) => {
      if (event.target === element) close.current()
    }
    // Closed by the browser (Escape), the dialog tells its owner. The close
    // event comes a task later: one left from a close here (StrictMode's
    // remount in dev closes and reopens it) finds the dialog open again.
    const onNativeClose = () => {
      if (!element.open) close.current()
    }
    element.addEventListener('click', onPress)
    element.addEventListener('close', onNativeClose)
    return () => {
      element.removeEventListener('click', onPress)
      element.removeEventListener('close', onNativeClose)
      if (element.open) element.close()
      back?.focus({ preventScroll: true })
    }
  }, [])

  return (
    <dialog
      ref={dialog}
      data-library-search-dialog=""
      aria-label="Search every note"
      className="mx-auto mt-[8dvh] max-h-[80dvh] w-[min(40rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-slate-200 bg-white p-3 text-slate-800 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <LibrarySearchBox autoFocus onOpen={onClose} onEscape={onClose} />
    </dialog>
  )
}
