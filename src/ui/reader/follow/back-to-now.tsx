import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'

/**
 * "Back to now": shown only while the claim being spoken is off screen, with
 * an arrow saying whether it is above or below. It turns follow back on.
 */
export function BackToNow({ onClick }: { readonly onClick: () => void }): ReactNode {
  const direction = useReader((s) => (s.primaryId === null ? null : s.offscreen))
  if (direction === null) return null
  return (
    <button
      type="button"
      data-back-to-now={direction}
      onClick={onClick}
      className={`absolute right-4 z-10 inline-flex items-center gap-1.5 rounded-full bg-slate-900 px-3.5 py-2 text-sm font-medium text-white shadow-lg hover:bg-slate-700 dark:bg-amber-300 dark:text-slate-950 dark:hover:bg-amber-200 ${direction === 'above' ? 'top-4' : 'bottom-4'}`}
    >
      <span aria-hidden="true">{direction === 'above' ? '↑' : '↓'}</span>
      Back to now
      <span className="sr-only">(the claim being spoken is {direction})</span>
    </button>
  )
}
