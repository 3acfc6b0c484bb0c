import { type ReactNode, type RefObject, useEffect, useId, useLayoutEffect, useRef } from 'react'

interface MoreSheetProps {
  readonly open: boolean
  readonly onClose: () => void
  /** The button that opened the sheet: focus goes back to it. */
  readonly opener: RefObject<HTMLElement | null>
  /** A selector for the controls inside that take the reader back to the page: a press on one closes the sheet. */
  readonly closesOn: string
  readonly children: ReactNode
}

/**
 * What does not fit a phone's one row of controls (the tour, the outline, the
 * rate…), in a bottom sheet: a modal dialog, so focus moves in and stays in
 * while it is open, Escape or a press outside closes it, and focus goes back
 * to its button. Closed, it takes no room and covers nothing.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/
 */
export function MoreSheet({
  open,
  onClose,
  opener,
  closesOn,
  children,
}: MoreSheetProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  // The newest onClose, without reopening the dialog each time the owner renders.
  const close = useRef(onClose)
  useLayoutEffect(() => {
    close.current = onClose
  })
  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return undefined
    const back = opener.current
    if (!dialog.open) dialog.showModal?.()
    // A press on the dialog itself, not on its content, is a press on the backdrop;
    // the keyboard's way out is Escape, which the dialog handles itself.
    const onPress = (event: MouseEvent) => {
      const target = event.target as Element
      if (target === dialog || target.closest(closesOn)) close.current()
    }
    dialog.addEventListener('click', onPress)
    return () => {
      dialog.removeEventListener('click', onPress)
      if (dialog.open) dialog.close()
      back?.focus({ preventScroll: true })
    }
  }, [open, opener, closesOn])
  return (
    <dialog
      ref={ref}
      data-more-sheet=""
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="mx-auto mt-auto mb-0 max-h-[85dvh] w-full max-w-xl overflow-y-auto overscroll-contain rounded-t-2xl border border-b-0 border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="px-4 pt-2 pb-[max(1rem,env(safe-area-inset-bottom))]">
        <div className="mx-auto mb-2 h-1 w-10 rounded-full bg-slate-300 dark:bg-slate-600" />
        <div className="flex items-center justify-between gap-4">
          <h2 id={titleId} className="text-base font-semibold">
            More
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </div>
        <div className="mt-2 space-y-3">{children}</div>
      </div>
    </dialog>
  )
}
