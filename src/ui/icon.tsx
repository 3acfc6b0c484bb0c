import type { ReactNode } from 'react'

/** 20×20 stroke icons, drawn for Lockstep. Decorative: the button around one carries the label. */
const PATHS = {
  play: 'M6 4.5v11l9-5.5z',
  pause: 'M6.5 4.5v11M13.5 4.5v11',
  back10: 'M8 5H4.5V1.5M4.7 5A7 7 0 1 1 3 10',
  forward10: 'M12 5h3.5V1.5M15.3 5A7 7 0 1 0 17 10',
  previousClaim: 'M10 15V5M5 10l5-5 5 5',
  nextClaim: 'M10 5v10M5 10l5 5 5-5',
  previousCitation: 'M15 5l-6 5 6 5M5 5v10',
  nextCitation: 'M5 5l6 5-6 5M15 5v10',
  follow: 'M3 10h9M8 6l4 4-4 4M15.5 4v12',
  help: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6M10 15h.01',
  sun: 'M10 6.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zM10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4',
  moon: 'M16 12.5A6.5 6.5 0 0 1 7.5 4a6.5 6.5 0 1 0 8.5 8.5z',
  system: 'M3 4.5h14v9H3zM7.5 16.5h5',
  search: 'M8.5 3.5a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM12.2 12.2 16.5 16.5',
  more: 'M4 10h1M9.5 10h1M15 10h1',
  /** Shelved books: the library. */
  library: 'M3.5 3.5v13M7 3.5v13M10.5 4.5l3.8 11.7M3 16.5h14',
  /** A film frame with a play mark: a video that cannot be shown. */
  video: 'M2.5 5h15v10h-15zM8.5 8v4l3.5-2z',
  warning: 'M10 3.5 17.5 16.5h-15zM10 8.5v3.5M10 14.2h.01',
} as const

export type IconName = keyof typeof PATHS

export function Icon({
  name,
  className = 'size-5',
}: {
  readonly name: IconName
  readonly className?: string
}): ReactNode {
  const filled = name === 'play'
  return (
    <svg
      viewBox="0 0 20 20"
      className={className}
      aria-hidden="true"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={filled ? 0 : 1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
