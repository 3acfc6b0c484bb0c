import { useMemo } from 'react'
import type { LinkRecord } from '../library/library-entry.ts'
import { linksTo } from '../library/library-store.ts'
import { useLibrary } from './library-context.ts'

/**
 * The library's links whose targets have these keys (with others of the
 * same shards beside them), or null while they load; `loadLinks(keys)`
 * fetches them. Your own notes' links are always among them.
 */
export function useLinksTo(keys: readonly string[]): readonly LinkRecord[] | null {
  const manifest = useLibrary((s) => s.manifest)
  const linkShards = useLibrary((s) => s.linkShards)
  const own = useLibrary((s) => s.own)
  return useMemo(
    () => linksTo({ manifest, linkShards, own }, keys),
    [manifest, linkShards, own, keys],
  )
}
