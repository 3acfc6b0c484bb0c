import type { Diagnostic } from '../note/model.ts'
import { createLinkResolver, linkKey } from '../library/resolve-link.ts'
import { type NoteCheck, type PlacedWikilink, slugOf } from './check-note.ts'

/**
 * Checks the wikilinks of every note against the whole library checked: a
 * link no note or page is named for is reported as info, since it opens the
 * topic's page (which gathers the claims that link there), not a note.
 */
export function withLibraryLinks(checks: readonly NoteCheck[]): NoteCheck[] {
  const resolver = createLinkResolver(
    checks
      .filter((check) => check.read)
      .map((check) => ({
        slug: slugOf(check.file),
        kind: check.page ? 'page' : 'note',
        file: check.file,
        title: check.title ?? slugOf(check.file),
      })),
  )
  const count = checks.length
  return checks.map((check) => {
    // Each name once per note (however it is spelled), where it is first written.
    const uses = new Map<string, PlacedWikilink[]>()
    for (const link of check.wikilinks) {
      if (resolver.resolve(link.target) !== null) continue
      const key = linkKey(link.target)
      uses.set(key, [...(uses.get(key) ?? []), link])
    }
    const unresolved: Diagnostic[] = [...uses.values()].map(([first, ...more]) => ({
      line: first!.line,
      column: first!.column,
      severity: 'info',
      rule: 'wikilink-unresolved',
      message: `[[${first!.target}]]${more.length > 0 ? ` (written ${more.length + 1} times)` : ''} names none of the ${count === 1 ? 'note' : `${count} notes`} checked; it opens the topic's page.`,
    }))
    if (unresolved.length === 0) return check
    const diagnostics = [...check.diagnostics, ...unresolved].toSorted(
      (a, b) => a.line - b.line || a.column - b.column,
    )
    return { ...check, diagnostics }
  })
}
