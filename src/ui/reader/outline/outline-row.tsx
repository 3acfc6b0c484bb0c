import type { ReactNode } from 'react'
import { formatCount } from '../../../note/format-count.ts'
import type { Section } from '../../../note/model.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'
import { sectionColor } from './section-colors.ts'

interface OutlineRowProps {
  readonly section: Section
  /** The section's index in the note: its colour, as on the timeline. */
  readonly index: number
  /** Heading levels below the note's top level. */
  readonly indent: number
  /** Whether the claim being played is in this section. */
  readonly played: boolean
  readonly onChoose: () => void
}

/** `1:10:23–1:32:02`, `7:37` for a section citing one moment, or `no citations`. */
function describeSpan(section: Section): string {
  if (section.span === null) return 'no citations'
  const [from, to] = section.span
  return from === to ? formatTimestamp(from) : `${formatTimestamp(from)}–${formatTimestamp(to)}`
}

/**
 * One section of the outline: its colour, title, cited range and claim count.
 * The played one says so in a label and weight as well as colour.
 */
export function OutlineRow({
  section,
  index,
  indent,
  played,
  onChoose,
}: OutlineRowProps): ReactNode {
  const count = section.claimIds.length
  const title = section.depth === 0 ? 'Beginning' : section.title
  const claims = count === 0 ? null : formatCount(count, 'claim')
  const span = describeSpan(section)
  return (
    <button
      type="button"
      data-outline-section={section.id}
      aria-label={[title, span, claims].filter(Boolean).join(', ')}
      aria-current={played ? 'location' : undefined}
      onClick={onChoose}
      style={{ paddingLeft: `${0.5 + indent * 1.25}rem` }}
      className={`flex w-full items-start gap-2.5 rounded-md py-1.5 pr-2 text-left text-sm ${played ? 'bg-amber-50 shadow-[inset_3px_0_0_0_var(--color-amber-500)] dark:bg-amber-400/10' : 'hover:bg-slate-100 dark:hover:bg-slate-800/70'}`}
    >
      <span
        aria-hidden="true"
        className="mt-[0.3rem] size-2.5 shrink-0 rounded-sm"
        style={{ background: sectionColor(index) }}
      />
      <span className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-3 gap-y-0.5">
        <span
          className={`min-w-0 flex-1 basis-40 ${played ? 'font-semibold text-slate-950 dark:text-white' : 'text-slate-700 dark:text-slate-300'}`}
        >
          {title}
          {played && (
            <span
              aria-hidden="true"
              className="ml-2 inline-flex translate-y-[-1px] items-center gap-1 rounded-full bg-amber-200/70 px-1.5 align-middle text-[0.7rem] font-medium text-amber-950 dark:bg-amber-400/25 dark:text-amber-100"
            >
              <svg viewBox="0 0 20 20" aria-hidden="true" className="size-2.5" fill="currentColor">
                <path d="M6 4.5v11l9-5.5z" />
              </svg>
              Now
            </span>
          )}
        </span>
        <span className="ml-auto shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
          <span className="font-mono">{span}</span>
          {claims && ` · ${claims}`}
        </span>
      </span>
    </button>
  )
}
