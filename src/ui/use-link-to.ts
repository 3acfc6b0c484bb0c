import { useCallback, useMemo } from 'react'
import type { WikilinkTarget } from './reader/note/note-context.ts'
import { useLibrary } from './library-context.ts'
import { noteHref, topicHref } from './route.ts'

/**
 * Where each wikilink goes, by the library's names: a video note opens in the
 * reader; a plain page, or a name no note has, opens the topic's page.
 */
export function useLinkTo(): (target: string) => WikilinkTarget {
  const resolver = useLibrary((s) => s.resolver)
  const entries = useLibrary((s) => s.entries)
  // A note may hold thousands of links: each looks its page up, not through the list.
  const pages = useMemo(
    () => new Set(entries.filter((e) => e.kind === 'page').map((e) => e.slug)),
    [entries],
  )
  return useCallback(
    (target: string) => {
      const slug = resolver.resolve(target)
      if (slug === null) return { href: topicHref(target), resolved: false }
      return pages.has(slug)
        ? { href: topicHref(slug), resolved: true }
        : { href: noteHref(slug), resolved: true }
    },
    [resolver, pages],
  )
}
