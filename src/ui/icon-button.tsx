import type { ReactNode } from 'react'
import { Icon, type IconName } from './icon.tsx'

interface IconButtonProps {
  readonly icon: IconName
  /** The accessible name; also shown as the tooltip. */
  readonly label: string
  readonly onClick: () => void
}

/** A square toolbar button showing only an icon; its label is for screen readers and the tooltip. */
export function IconButton({ icon, label, onClick }: IconButtonProps): ReactNode {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      title={label}
      className="inline-flex size-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <Icon name={icon} />
    </button>
  )
}
