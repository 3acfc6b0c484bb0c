import type { ReactNode } from 'react'

/** 20×20 stroke icons the library's pages draw (the reader's set is in ../icon.tsx). Decorative. */
const PATHS = {
  /** Shelved books: the library. */
  library: 'M3.5 3.5v13M7 3.5v13M10.5 4.5l3.8 11.7M3 16.5h14',
  /** A film frame with a play mark: a video that cannot be shown. */
  video: 'M2.5 5h15v10h-15zM8.5 8v4l3.5-2z',
  warning: 'M10 3.5 17.5 16.5h-15zM10 8.5v3.5M10 14.2h.01',
  filter: 'M8.5 3.5a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM12.2 12.2 16.5 16.5',
  back: 'M12.5 4.5 7 10l5.5 5.5',
  link: 'M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.8.8M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.8-.8',
} as const

export type LibraryIconName = keyof typeof PATHS

export function LibraryIcon({
  name,
  className = 'size-5',
}: {
  readonly name: LibraryIconName
  readonly className?: string
}): ReactNode {
  return (
    <svg
      viewBox="0 0 20 20"
      className={className}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
