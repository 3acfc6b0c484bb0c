import type { ReactNode } from 'react'
import { Icon, type IconName } from '../../icon.tsx'

interface ControlButtonProps {
  readonly icon: IconName
  readonly label: string
  /** The key that does the same, shown in the tooltip. */
  readonly keys: string
  readonly onClick: () => void
  readonly primary?: boolean
}

/** A square playback button showing an icon; its label names it and its tooltip gives the key. */
export function ControlButton({
  icon,
  label,
  keys,
  onClick,
  primary,
}: ControlButtonProps): ReactNode {
  return (
    <button
      type="button"
      aria-label={label}
      title={`${label} (${keys})`}
      onClick={onClick}
      className={`inline-flex size-9 shrink-0 items-center justify-center rounded-md focus-visible:outline-2 focus-visible:outline-amber-500 ${primary ? 'bg-slate-900 text-white hover:bg-slate-700 dark:bg-amber-300 dark:text-slate-950 dark:hover:bg-amber-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'}`}
    >
      <Icon name={icon} />
    </button>
  )
}
