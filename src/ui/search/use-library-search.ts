import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { SearchHit } from '../../library/search-index.ts'
import { useLibrary, useLibraryStore } from '../library-context.ts'

export interface LibrarySearchResults {
  /** `idle` before anything is typed; `loading` while the index arrives. */
  readonly status: 'idle' | 'loading' | 'ready' | 'failed'
  readonly hits: readonly SearchHit[]
  readonly problem: string | null
}

/** How many claims a search shows at most. */
export const RESULT_LIMIT = 40

/**
 * The claims of every note that match `query`, best first. The index (and
 * the search library) load the first time something is typed; typing stays
 * responsive because the search runs on a deferred copy of the query.
 */
export function useLibrarySearch(query: string): LibrarySearchResults {
  const store = useLibraryStore()
  const search = useLibrary((s) => s.search)
  const version = useLibrary((s) => s.searchVersion)
  const [problem, setProblem] = useState<string | null>(null)
  const wanted = query.trim() !== ''
  const deferred = useDeferredValue(query)

  useEffect(() => {
    if (!wanted || search) return
    let live = true
    store
      .getState()
      .loadSearch()
      .then(
        () => live && setProblem(null),
        (error: unknown) =>
          live &&
          setProblem(
            `The search index could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          ),
      )
    return () => {
      live = false
    }
  }, [wanted, search, store])

  const hits = useMemo(
    () => (search && deferred.trim() !== '' ? search.search(deferred, RESULT_LIMIT) : []),
    // version: the same index object holds new claims once your own notes change.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [search, version, deferred],
  )
  if (!wanted) return { status: 'idle', hits: [], problem: null }
  if (problem) return { status: 'failed', hits: [], problem }
  if (!search) return { status: 'loading', hits: [], problem: null }
  return { status: 'ready', hits, problem: null }
}
