import { describe, expect, it } from 'vitest'
import {
  looksLikeNote,
  pastedAsSource,
  pastedNoteFileName,
  pastedNoteTitle,
} from '../../src/own-notes/paste-note.ts'
import { TIDES } from './own-note-of.ts'

const PROSE = 'The harbour master said the tide would turn at noon, and it did. '.repeat(5)

describe('looksLikeNote', () => {
  it.each([
    ['a whole note', TIDES, true],
    ['frontmatter alone', '---\ntitle: Tides\n---\n', true],
    ['one anchor citation', 'Tides turn <a class="yt-timestamp" data-t="1:10">[1:10]</a>', true],
    ['one bare stamp', 'Tides turn twice a day [01:10:23]', true],
    ['a long markdown text with headings', `# Tides\n\n${PROSE}`, true],
    ['a long text with a list', `${PROSE}\n\n* one\n* two`, true],
    ['a long text with wikilinks', `${PROSE} See [[chart datum]].`, true],
    ['a few words', 'just a few words', false],
    ['a URL', 'https://example.com/tides?x=1', false],
    ['long plain prose', PROSE, false],
    ['a short heading', '# Tides', false],
    ['blank', '   \n ', false],
  ])('%s → %s', (_, text, expected) => {
    expect(looksLikeNote(text)).toBe(expected)
  })
})

describe('the name of a pasted note', () => {
  it.each([
    ['its frontmatter title', TIDES, 'Reading a tide table', 'reading-a-tide-table.md'],
    [
      'a quoted title',
      '---\ntitle: "Tides: a primer"\n---\nx',
      'Tides: a primer',
      'tides-a-primer.md',
    ],
    ['its first heading', `Intro\n\n# Neap tides ##\n\n${PROSE}`, 'Neap tides', 'neap-tides.md'],
    ['"Pasted note" without either', `${PROSE} [01:10]`, null, 'pasted-note.md'],
    [
      '"Pasted note" when the title has no letters',
      '---\ntitle: "!!!"\n---\n',
      '!!!',
      'pasted-note.md',
    ],
  ])('comes from %s', (_, text, title, fileName) => {
    expect(pastedNoteTitle(text)).toBe(title)
    expect(pastedNoteFileName(text)).toBe(fileName)
  })

  it('is a markdown file to open, or nothing for a stray paste', () => {
    const source = pastedAsSource(TIDES)
    expect(source?.path).toBe('reading-a-tide-table.md')
    expect(source?.file.type).toBe('text/markdown')
    expect(pastedAsSource('hello')).toBeNull()
  })
})
