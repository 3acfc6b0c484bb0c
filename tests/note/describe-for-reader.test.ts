import { describe, expect, it } from 'vitest'
import { describeForReader } from '../../src/note/describe-for-reader.ts'

describe('describeForReader', () => {
  it('speaks of one time, or of some', () => {
    expect(describeForReader('citation-unreadable', 1)).toBe(
      'A time in this note could not be read, so it is shown as plain text.',
    )
    expect(describeForReader('citation-unreadable', 3)).toBe(
      'Some times in this note could not be read, so they are shown as plain text.',
    )
  })

  it('gives no authoring advice for any rule', () => {
    for (const rule of [
      'stamps-minutes-as-hours',
      'timestamps-mode-invalid',
      'frontmatter-missing',
    ])
      expect(describeForReader(rule, 2)).not.toMatch(/frontmatter|add |`/)
  })

  it('has a plain sentence for a rule it does not know', () => {
    expect(describeForReader('something-new', 1)).toBe(
      'Part of this note could not be shown as it was written.',
    )
  })
})
