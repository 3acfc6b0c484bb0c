import { type ReactNode, useEffect, useId, useMemo } from 'react'
import { backlinkKeys, describeLinkCount, gatherBacklinks } from '../../../library/topic-links.ts'
import { useLibrary, useLibraryStore } from '../../library-context.ts'
import { useLinksTo } from '../../use-links-to.ts'
import { LinkGroups } from '../../topic/link-groups.tsx'

/**
 * The claims elsewhere in the library that link to this note, after its
 * body. The links load once the note is on screen (only the shards that
 * hold links to its names), and never hold it up; a note nothing links to
 * shows nothing at all.
 */
export function NoteBacklinks({ slug }: { readonly slug: string }): ReactNode {
  const store = useLibraryStore()
  const entries = useLibrary((s) => s.entries)
  const resolver = useLibrary((s) => s.resolver)
  const keys = useMemo(() => backlinkKeys(slug, { entries, resolver }), [slug, entries, resolver])
  const links = useLinksTo(keys)
  const id = useId()

  useEffect(() => {
    if (links !== null) return
    // After the note has painted; backlinks are a bonus, so a failure only leaves them out.
    const timer = setTimeout(() => {
      store
        .getState()
        .loadLinks(keys)
        .catch(() => {})
    }, 0)
    return () => clearTimeout(timer)
  }, [store, links, keys])

  const groups = useMemo(
    () => (links === null ? [] : gatherBacklinks(slug, links, { entries, resolver })),
    [slug, links, entries, resolver],
  )
  if (groups.length === 0) return null
  const records = groups.flatMap((g) => g.records)
  const claims = records.filter((r) => r.claimId !== null).length
  return (
    <section
      data-backlinks=""
      data-slug={slug}
      aria-labelledby={id}
      className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Linked from
      </h2>
      <p className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">
        {describeLinkCount(claims, records.length - claims, groups.length)}
      </p>
      <div className="mt-4">
        <LinkGroups groups={groups} level={3} />
      </div>
    </section>
  )
}
