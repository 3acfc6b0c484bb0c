import type { ReactNode } from 'react'
import { LIBRARY_HREF } from '../route.ts'
import { Icon } from '../icon.tsx'
import { StoredThemeToggle } from './stored-theme-toggle.tsx'
import { OpenNotesButton } from '../own-notes/open-notes-button.tsx'

/** The frame of the library's own pages (the index, a topic): a bar that leads home, then the page. */
export function PageShell({
  home = false,
  width = 'max-w-6xl',
  children,
}: {
  /** True on the index itself. */
  readonly home?: boolean
  /** The page's width, so the bar lines up with it. */
  readonly width?: 'max-w-6xl' | 'max-w-3xl'
  readonly children: ReactNode
}): ReactNode {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div
          className={`mx-auto flex items-center justify-between gap-3 px-4 py-2 sm:px-6 ${width}`}
        >
          <a
            href={LIBRARY_HREF}
            aria-current={home ? 'page' : undefined}
            className="-mx-2 inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            <Icon name="library" className="size-5 text-amber-700 dark:text-amber-300" />
            Lockstep
            {!home && (
              <span className="font-normal text-slate-500 dark:text-slate-400">· Library</span>
            )}
          </a>
          <div className="flex items-center gap-2">
            {!home && <OpenNotesButton compact />}
            <StoredThemeToggle />
          </div>
        </div>
      </header>
      {children}
    </div>
  )
}
