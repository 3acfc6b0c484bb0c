import type { ReactNode } from 'react'

/** The hidden inputs the intake keeps on every page; these buttons stand in for them. */
export const OPEN_FILES_INPUT_ID = 'lockstep-open-notes'
export const OPEN_FOLDER_INPUT_ID = 'lockstep-open-folder'

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800'

function choose(inputId: string): void {
  document.getElementById(inputId)?.click()
}

interface OpenNotesButtonProps {
  /** A shorter label ("Open") where room is scarce; the accessible name stays whole. */
  readonly compact?: boolean
}

/** "Open notes": the file picker for markdown notes (several at once). */
export function OpenNotesButton({ compact = false }: OpenNotesButtonProps): ReactNode {
  return (
    <button
      type="button"
      data-open-notes-button=""
      className={BUTTON}
      aria-label={compact ? 'Open notes from files' : undefined}
      title="Open markdown notes from this computer; they stay in this browser"
      onClick={() => choose(OPEN_FILES_INPUT_ID)}
    >
      {compact ? 'Open' : 'Open notes'}
    </button>
  )
}

/** "Open a folder": every note in a folder and its sub-folders (an Obsidian vault, say). */
export function OpenFolderButton(): ReactNode {
  return (
    <button
      type="button"
      data-open-folder-button=""
      className={BUTTON}
      title="Open every markdown note in a folder and its sub-folders"
      onClick={() => choose(OPEN_FOLDER_INPUT_ID)}
    >
      Open a folder
    </button>
  )
}
