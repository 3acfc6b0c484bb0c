import { type ReactNode, useEffect, useRef } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { helpRows } from './key-bindings.ts'

const ROWS = helpRows()

/**
 * The shortcut list, as a modal dialog: Escape closes it and focus returns to
 * where it was. It also holds the switches for single-key shortcuts (WCAG 2.1.4)
 * and for announcing the claim now playing to screen readers.
 */
export function HelpDialog({
  open,
  onClose,
}: {
  readonly open: boolean
  readonly onClose: () => void
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  const singleKeys = useReader((s) => s.settings.shortcuts)
  const announce = useReader((s) => s.settings.announce)
  const updateSettings = useReader((s) => s.updateSettings)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return undefined
    if (!open) return undefined
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal?.()
    return () => {
      if (dialog.open) dialog.close()
      opener?.focus({ preventScroll: true })
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby="help-title"
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id="help-title" className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </div>
        <table className="mt-4 w-full text-sm">
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.does} className={row.single && !singleKeys ? 'opacity-50' : undefined}>
                <td className="py-1 pr-4 whitespace-nowrap">
                  {row.keys.map((key) => (
                    <kbd
                      key={key}
                      className="mr-1 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                    >
                      {key}
                    </kbd>
                  ))}
                </td>
                <td className="py-1">{row.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <label className="mt-5 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={singleKeys}
            onChange={(event) => updateSettings({ shortcuts: event.target.checked })}
            className="size-4 accent-amber-600"
          />
          Single-key shortcuts (letters and symbols). Turn off if they get in the way of speech
          input or other tools.
        </label>
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={announce}
            onChange={(event) => updateSettings({ announce: event.target.checked })}
            className="size-4 accent-amber-600"
          />
          Announce the claim now playing (to screen readers, at most every two seconds)
        </label>
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          When the video has focus, keys go to YouTube and YouTube's own shortcuts apply. Click the
          note or press Tab to come back.
        </p>
      </div>
    </dialog>
  )
}
