import type { ReactNode } from 'react'

/** What covers the window while files are dragged over it: where they will go. */
export function DropOverlay(): ReactNode {
  return (
    <div
      data-drop-overlay=""
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-6 backdrop-blur-sm"
    >
      <div className="rounded-2xl border-4 border-dashed border-white/80 bg-slate-900/80 px-8 py-10 text-center text-white">
        <p className="text-xl font-semibold">Drop to open your notes</p>
        <p className="mt-1 text-sm text-slate-200">
          Markdown files or a whole folder. They stay in this browser.
        </p>
      </div>
    </div>
  )
}
