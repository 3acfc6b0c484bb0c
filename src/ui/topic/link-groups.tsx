import type { ReactNode } from 'react'
import type { LinkRecord } from '../../library/library-entry.ts'
import type { LinkGroup } from '../../library/topic-links.ts'
import { formatTimestamp } from '../../time/timestamp.ts'
import { claimLink, noteHref } from '../route.ts'

/**
 * Links gathered from across the library, one group per note: the note's
 * title opens it; each claim opens it at that claim (`#/n/<slug>?claim=<id>`),
 * a link in prose opens the note. Shared by topic pages and backlinks.
 */
export function LinkGroups({
  groups,
  level,
}: {
  readonly groups: readonly LinkGroup[]
  /** The rank of each note's heading. */
  readonly level: 3 | 4
}): ReactNode {
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <ul className="space-y-5">
      {groups.map((group) => (
        <li key={group.slug} data-link-group={group.slug}>
          <Heading className="text-base font-semibold text-slate-900 dark:text-slate-100">
            <a
              href={noteHref(group.slug)}
              className="underline decoration-slate-300 underline-offset-4 hover:decoration-amber-600 dark:decoration-slate-600 dark:hover:decoration-amber-400"
            >
              {group.title}
            </a>
          </Heading>
          <ul className="mt-1.5 space-y-0.5">
            {group.records.map((record) => (
              <li key={`${record.claimId ?? 'prose'}:${record.section}:${record.text}`}>
                <LinkedClaim record={record} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** One claim (or prose passage) that links: its time, its words and its section. */
function LinkedClaim({ record }: { readonly record: LinkRecord }): ReactNode {
  const inClaim = record.claimId !== null
  return (
    <a
      href={inClaim ? claimLink(record.from, record.claimId) : noteHref(record.from)}
      data-linked-claim={record.claimId ?? ''}
      data-slug={record.from}
      className="group -mx-2 flex items-start gap-3 rounded-md px-2 py-1.5 hover:bg-amber-50 dark:hover:bg-amber-400/10"
    >
      <span
        className={`mt-0.5 inline-flex w-18 shrink-0 justify-center rounded-full border px-1.5 py-px font-mono text-xs tabular-nums ${inClaim ? 'border-amber-600/30 bg-amber-50 text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-200' : 'border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400'}`}
      >
        {inClaim && record.seconds !== null ? formatTimestamp(record.seconds) : 'in text'}
      </span>
      <span className="min-w-0">
        <span className="block text-slate-800 group-hover:text-slate-950 dark:text-slate-200 dark:group-hover:text-white">
          {tidyExcerpt(record.text) || 'A link without words around it'}
        </span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{record.section}</span>
      </span>
    </a>
  )
}

/** The excerpt as read: no blank left where a citation chip was taken out before punctuation. */
function tidyExcerpt(text: string): string {
  return text.replace(/\s+([.,;:!?)])/g, '$1').trim()
}
