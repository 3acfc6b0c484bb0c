// An own note compiled the way the worker compiles one, for the tests of what keeps and shows it.
import { readFileSync } from 'node:fs'
import { describeNote } from '../../src/library/describe-note.ts'
import type { OwnNote } from '../../src/library/own-note.ts'
import { compileNote } from '../../src/note/compile-note.ts'
import { noteHref } from '../../src/ui/route.ts'

// From the repository's root, where Vitest runs: under jsdom `import.meta.url` is not a file URL.
export const TIDES = readFileSync('tests/fixtures/own-notes/tide-tables.md', 'utf8')

export function ownNoteOf(source: string, slug: string, addedAt = 1): OwnNote {
  const note = compileNote(source, { slug, file: `${slug}.md`, wikilinkHref: noteHref })
  return { note, record: describeNote(note, 'own', slug), addedAt, bytes: source.length }
}
