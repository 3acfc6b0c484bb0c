import { describe, expect, it } from 'vitest'
import {
  decodeNoteBytes,
  formatBytes,
  MAX_NOTE_BYTES,
  refusalByFacts,
  SNIFF_BYTES,
} from '../../src/own-notes/note-file-rules.ts'

const MB = 1024 * 1024
const refused = (reason: string): unknown => expect.stringContaining(reason)

describe('refusalByFacts', () => {
  it.each([
    ['a markdown note', { name: 'tides.md', type: 'text/markdown', size: 700 }, null],
    ['a .markdown note with no type', { name: 'Tides.MARKDOWN', type: '', size: 700 }, null],
    ['a .txt note', { name: 'tides.txt', type: 'text/plain', size: 700 }, null],
    ['a file with no ending', { name: 'README', type: '', size: 700 }, null],
    [
      'a PNG',
      { name: 'chart.png', type: 'image/png', size: 700 },
      refused('an image, not a markdown note'),
    ],
    [
      'an image typed but not named',
      { name: 'chart', type: 'image/webp', size: 9 },
      refused('an image'),
    ],
    ['a PDF', { name: 'paper.pdf', type: 'application/pdf', size: 700 }, refused('a .pdf file')],
    [
      'a video',
      { name: 'talk.mp4', type: 'video/mp4', size: 700 },
      refused('a sound or video file'),
    ],
    ['an empty note', { name: 'empty.md', type: '', size: 0 }, refused('the file is empty')],
    ['5 MB exactly', { name: 'big.md', type: '', size: MAX_NOTE_BYTES }, null],
    [
      '50 MB',
      { name: 'huge.md', type: '', size: 50 * MB },
      refused('too large to be a note: 50 MB; notes are usually under 1 MB'),
    ],
  ])('%s', (_, facts, expected) => {
    expect(refusalByFacts(facts)).toEqual(expected)
  })
})

const utf8 = (text: string) => new TextEncoder().encode(text)

const notText = (reason: string) => ({ ok: false, reason: expect.stringContaining(reason) })

describe('decodeNoteBytes', () => {
  it.each([
    [
      'fine UTF-8 with accents and emoji',
      utf8('# Café ☕\n\nÀ bientôt.'),
      { ok: true, text: '# Café ☕\n\nÀ bientôt.' },
    ],
    ['a NUL byte', new Uint8Array([0x23, 0x20, 0x00, 0x41]), notText('a binary file')],
    ['Latin-1 bytes', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), notText('not UTF-8')],
    [
      'a PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      notText('not UTF-8'),
    ],
    ['nothing', new Uint8Array(0), notText('the file is empty')],
    ['only blank space', utf8(' \n\t\n'), notText('only blank space')],
  ])('%s', (_, bytes, expected) => {
    expect(decodeNoteBytes(bytes)).toEqual(expected)
  })

  it('accepts a character cut by the 64 KB mark, and reads past it', () => {
    // 'é' is two bytes; placed so that its first byte is the last one checked.
    const text = `${'a'.repeat(SNIFF_BYTES - 1)}é and more`
    const decoded = decodeNoteBytes(utf8(text))
    expect(decoded).toEqual({ ok: true, text })
  })

  it('reads a stray bad byte after the first 64 KB as U+FFFD rather than refusing the note', () => {
    const bytes = new Uint8Array([...utf8('a'.repeat(SNIFF_BYTES + 10)), 0xff, 0x41])
    const decoded = decodeNoteBytes(bytes)
    expect(decoded.ok && decoded.text.endsWith('\uFFFDA')).toBe(true)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1536, '1.5 KB'],
    [700 * 1024, '700 KB'],
    [50 * MB, '50 MB'],
    [1.25 * MB, '1.3 MB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
