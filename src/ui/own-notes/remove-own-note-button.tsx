import type { ReactNode } from 'react'
import { useLibrary } from '../library-context.ts'
import { useOwnNotesUi } from './own-notes-ui.ts'

/**
 * Removes one of your own notes from this browser. No confirm step: the
 * status panel offers "Undo" for a while instead.
 */
export function RemoveOwnNoteButton({ slug }: { readonly slug: string }): ReactNode {
  const title = useLibrary((s) => s.own.find((o) => o.note.doc.slug === slug)?.note.doc.title)
  const remove = useOwnNotesUi((s) => s.remove)
  if (title === undefined) return null
  return (
    <button
      type="button"
      data-remove-own-note={slug}
      aria-label={`Remove “${title}” from your notes`}
      title="Remove from this browser"
      onClick={() => void remove(slug)}
      className="rounded px-2 py-0.5 text-sm text-slate-600 underline-offset-2 hover:bg-red-50 hover:text-red-800 hover:underline dark:text-slate-300 dark:hover:bg-red-950 dark:hover:text-red-200"
    >
      Remove
    </button>
  )
}
