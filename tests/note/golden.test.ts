// Golden tests: each tests/fixtures/<case>/note.md is parsed and its model
// compared with the hand-written, reviewed tests/fixtures/<case>/expected.json.
//
// UPDATE_GOLDEN=1 prints each case's actual projection to stdout so it can be
// diffed against the golden by eye. It never writes expected.json: goldens are
// written by hand from DESIGN.md, not copied from the parser's output.
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { listFixtureNames, projectResult, readFixture } from './golden-fixtures.ts'

const PRINT_ACTUAL = process.env['UPDATE_GOLDEN'] === '1'

describe('golden fixtures', () => {
  const names = listFixtureNames()

  it('finds the fixture cases', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    it(`${name}: matches its golden model`, () => {
      const { source, expected } = readFixture(name)
      const actual = projectResult(parseNote(source, { slug: name }), {
        frontmatter: 'frontmatter' in expected,
        wikilinks: 'wikilinks' in expected,
      })
      if (PRINT_ACTUAL) {
        process.stdout.write(
          `\n--- ${name}/expected.json (actual)\n${JSON.stringify(actual, null, 2)}\n`,
        )
      }
      expect(actual).toEqual(expected)
    })
  }
})
