import type { ReactNode } from 'react'

/**
 * The reader's first Tab stop: "Skip to the note", hidden until focused,
 * moves focus past the header, the player and its controls to the note pane
 * (`id="note"`). Following the hash would change the route (`#/n/…`), so it
 * moves focus itself.
 */
export function SkipLink(): ReactNode {
  return (
    <a
      href="#note"
      data-skip-link=""
      onClick={(event) => {
        const pane = document.getElementById('note')
        if (!pane) return
        event.preventDefault()
        pane.focus()
      }}
      className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow-lg focus:not-sr-only focus:fixed focus:px-3 focus:py-2 focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-slate-50"
    >
      Skip to the note
    </a>
  )
}
