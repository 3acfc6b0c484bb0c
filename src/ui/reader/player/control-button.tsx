import type { ReactNode } from 'react'
import { Icon, type IconName } from '../../icon.tsx'
import { type ReaderAction, shortcutKeys } from '../keys/key-bindings.ts'

interface ControlButtonProps {
  readonly icon: IconName
  /** What the button does; its tooltip gives the key that does the same (the key table's). */
  readonly action: ReaderAction
  readonly label: string
  readonly perform: (action: ReaderAction) => void
  readonly primary?: boolean
}

/** A square playback button showing an icon; its label names it and its tooltip gives the key. */
export function ControlButton({
  icon,
  action,
  label,
  perform,
  primary,
}: ControlButtonProps): ReactNode {
  return (
    <button
      type="button"
      aria-label={label}
      title={`${label} (${shortcutKeys(action)})`}
      onClick={() => perform(action)}
      className={`inline-flex size-9 shrink-0 items-center justify-center rounded-md ${primary ? 'bg-slate-900 text-white hover:bg-slate-700 dark:bg-amber-300 dark:text-slate-950 dark:hover:bg-amber-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'}`}
    >
      <Icon name={icon} />
    </button>
  )
}
