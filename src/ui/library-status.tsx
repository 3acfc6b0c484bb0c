import type { ReactNode } from 'react'

/** What shows while the list of notes, or a note, is on its way. */
export function LibraryLoading({ what = 'the library' }: { readonly what?: string }): ReactNode {
  return (
    <main
      className="flex min-h-dvh items-center justify-center px-6 text-slate-500 dark:text-slate-400"
      aria-busy="true"
    >
      <p role="status">Opening {what}…</p>
    </main>
  )
}

interface LoadFailedProps {
  readonly what: string
  readonly message: string
  readonly onRetry: () => void
}

/** A load that failed says what, why, and offers to try again: never a blank page. */
export function LoadFailed({ what, message, onRetry }: LoadFailedProps): ReactNode {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <div
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <h1 className="font-semibold">Lockstep could not open {what}.</h1>
        <p className="mt-1 text-sm break-words">{message}</p>
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
        >
          Try again
        </button>
      </div>
    </main>
  )
}
