// The real notes in ../shared/corpus (beside the repository) and the seed note
// must all parse without an error (DESIGN §1), with every citation counted and
// the claims in the tree matching the model. The corpus is not part of the
// repository, so its suite is skipped where the folder is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, ParseResult } from '../../src/note/model.ts'
import { parseNote } from '../../src/note/parse-note.ts'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CORPUS_DIR = join(REPO_ROOT, '../shared/corpus')
const SEED_NOTE = join(REPO_ROOT, 'content/collaboration-between-space-agencies.md')

/**
 * Citation anchors as the notes write them; each one is a citation.
 *   <a           the anchor's tag
 *   \s+          the space before its first attribute
 *   class="yt-timestamp"   the class that marks it as a citation (always first in the notes)
 */
const ANCHOR = /<a\s+class="yt-timestamp"/g

/**
 * A whole anchor element, to take anchors out before looking for bare stamps
 * (an anchor's own `[01:10:23]` label is not a second citation).
 *   <a\b      an `a` tag, not `abbr`
 *   [^>]*>    its attributes, up to the end of the opening tag
 *   [\s\S]*?  its content, as little as possible, across lines
 *   <\/a>     the closing tag
 */
const ANCHOR_ELEMENT = /<a\b[^>]*>[\s\S]*?<\/a>/g

/**
 * A bare stamp, `[M:SS]`, `[MM:SS]`, `[H:MM:SS]` or `[HH:MM:SS]`.
 *   \[            the opening bracket
 *   (?:\d{1,2}:)? optional hours and their colon
 *   \d{1,2}       minutes, one or two digits
 *   :\d{2}        the colon and two digits of seconds
 *   \]            the closing bracket
 *   (?!\()        not the text of a Markdown link `[1:23](…)`
 */
const BARE_STAMP = /\[(?:\d{1,2}:)?\d{1,2}:\d{2}\](?!\()/g

/** Citations counted straight from the source, independently of the parser. */
function countCitationsInSource(source: string): number {
  const anchors = source.match(ANCHOR)?.length ?? 0
  const bare = source.replace(ANCHOR_ELEMENT, '').match(BARE_STAMP)?.length ?? 0
  return anchors + bare
}

/** The `data-claim-id` of every claim element in the tree, in document order. */
function claimIdsInTree(tree: Root): string[] {
  const ids: string[] = []
  visit(tree, 'element', (node) => {
    const id = node.properties['dataClaimId']
    if (id !== undefined && id !== null) ids.push(String(id))
  })
  return ids
}

function parseFile(file: string): { source: string; result: ParseResult } {
  const source = readFileSync(file, 'utf8')
  const slug = basename(file, '.md')
  return { source, result: parseNote(source, { slug, path: file }) }
}

function errorsOf(result: ParseResult): readonly Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === 'error')
}

/** Every citation counted and in a claim; claim ids unique and the same in the tree. */
function expectConsistentClaims({ source, result }: { source: string; result: ParseResult }): void {
  const { doc } = result
  expect(doc.citationCount).toBe(countCitationsInSource(source))
  const cited = doc.claims.reduce((sum, claim) => sum + claim.citations.length, 0)
  expect(cited).toBe(doc.citationCount)
  for (const claim of doc.claims) expect(claim.citations.length).toBeGreaterThanOrEqual(1)
  const ids = doc.claims.map((claim) => claim.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(claimIdsInTree(doc.tree)).toEqual(ids)
}

const corpusFound = existsSync(CORPUS_DIR)
const corpusFiles = corpusFound
  ? readdirSync(CORPUS_DIR)
      .filter((name) => name.endsWith('.md'))
      .toSorted()
  : []

describe.skipIf(!corpusFound)(
  `the real notes in ../shared/corpus${corpusFound ? '' : ' (skipped: folder not found)'}`,
  () => {
    it('finds notes in the corpus', () => {
      expect(corpusFiles.length).toBeGreaterThan(0)
    })

    for (const name of corpusFiles) {
      it(`${name}: parses without errors, every citation in a claim, claims matching the tree`, () => {
        const parsed = parseFile(join(CORPUS_DIR, name))
        expect(errorsOf(parsed.result)).toEqual([])
        expectConsistentClaims(parsed)
      })
    }
  },
)

describe('the seed note', () => {
  it('has 29 claims and 29 citations and no errors', () => {
    const parsed = parseFile(SEED_NOTE)
    expect(parsed.result.doc.claims).toHaveLength(29)
    expect(parsed.result.doc.citationCount).toBe(29)
    expect(errorsOf(parsed.result)).toEqual([])
    expectConsistentClaims(parsed)
  })
})
