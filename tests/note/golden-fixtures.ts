// Helpers shared by the golden tests: find the fixture cases and project a
// parse result onto the small, hand-written shape of `expected.json`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParseResult } from '../../src/note/model.ts'

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface GoldenClaim {
  readonly id: string
  readonly times: readonly number[]
  readonly text: string
}

export interface GoldenSection {
  readonly id: string
  readonly title: string
  readonly depth: number
  readonly claimIds: readonly string[]
  readonly span: readonly [number, number] | null
}

export interface GoldenDiagnostic {
  readonly line: number
  readonly severity: string
  readonly rule: string
}

/**
 * What a golden file pins down. `frontmatter` and `wikilinks` are optional:
 * they are compared only for the cases whose expected.json names them.
 */
export interface GoldenModel {
  readonly title: string
  readonly videoId: string | null
  readonly channel: string | null
  readonly citationCount: number
  readonly claims: readonly GoldenClaim[]
  readonly sections: readonly GoldenSection[]
  readonly diagnostics: readonly GoldenDiagnostic[]
  readonly frontmatter?: Readonly<Record<string, unknown>>
  readonly wikilinks?: readonly { readonly target: string; readonly label: string }[]
}

export interface Fixture {
  readonly name: string
  readonly source: string
  readonly expected: GoldenModel
}

/** Every folder of tests/fixtures that holds a note.md, in name order. */
export function listFixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(FIXTURES_DIR, name, 'note.md')))
    .toSorted()
}

export function readFixture(name: string): Fixture {
  const folder = join(FIXTURES_DIR, name)
  const source = readFileSync(join(folder, 'note.md'), 'utf8')
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as GoldenModel
  return { name, source, expected }
}

function compareDiagnostics(a: GoldenDiagnostic, b: GoldenDiagnostic): number {
  return a.line - b.line || a.rule.localeCompare(b.rule)
}

/**
 * Projects a parse result onto the golden shape. Only lines are kept from
 * diagnostic places (columns shift with harmless edits), and diagnostics are
 * sorted by line then rule so their collection order does not matter.
 */
export function projectResult(
  result: ParseResult,
  include: { readonly frontmatter: boolean; readonly wikilinks: boolean },
): GoldenModel {
  const { doc } = result
  const projection: GoldenModel = {
    title: doc.title,
    videoId: doc.videoId,
    channel: doc.channel,
    citationCount: doc.citationCount,
    claims: doc.claims.map((claim) => ({
      id: claim.id,
      times: claim.citations.map((citation) => citation.seconds),
      text: claim.text,
    })),
    sections: doc.sections.map((section) => ({
      id: section.id,
      title: section.title,
      depth: section.depth,
      claimIds: [...section.claimIds],
      span: section.span === null ? null : [section.span[0], section.span[1]],
    })),
    diagnostics: result.diagnostics
      .map((diagnostic) => ({
        line: diagnostic.line,
        severity: diagnostic.severity,
        rule: diagnostic.rule,
      }))
      .toSorted(compareDiagnostics),
  }
  return {
    ...projection,
    ...(include.frontmatter ? { frontmatter: doc.frontmatter } : {}),
    ...(include.wikilinks
      ? { wikilinks: doc.wikilinks.map(({ target, label }) => ({ target, label })) }
      : {}),
  }
}
