import type { SearchDoc } from './library-entry.ts'

/**
 * The search index the build ships, serialised. A placeholder that ships the
 * documents themselves until the real index lands (branch `search`).
 */
export function createSearchIndexJson(docs: readonly SearchDoc[]): string {
  return JSON.stringify(docs)
}
