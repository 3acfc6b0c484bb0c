import type { ReactNode } from 'react'

/** Opens your own notes from a file, a folder, a drop or a paste, on every page. */
export function OwnNoteIntake(): ReactNode {
  return (
    <input
      type="file"
      data-open-note=""
      accept=".md,.markdown,text/markdown"
      className="sr-only"
      tabIndex={-1}
      aria-hidden="true"
    />
  )
}
