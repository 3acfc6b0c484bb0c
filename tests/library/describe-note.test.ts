import { describe, expect, it } from 'vitest'
import { describeNote, isPlainPage, pageDiagnostics } from '../../src/library/describe-note.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import { parseNote } from '../../src/note/parse-note.ts'

function compile(slug: string, source: string): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { slug })
  return { file: `vault/${slug}.md`, doc, diagnostics }
}

const LOOMS = compile(
  'looms',
  `---
title: Weaving on a floor loom
videoId: Ll000000001
---

From: [[Thread Talk]] <br/>

Warping takes longer than weaving [[warp_planning | the warp]] <a class="yt-timestamp" data-t="2:05">[2:05]</a>.

## Treadles

*   **Tie-up**: each treadle lifts a set of shafts <a class="yt-timestamp" data-t="10:00">[10:00]</a>, <a class="yt-timestamp" data-t="1:02:03">[1:02:03]</a>.
*   A [[Twill]] comes from a stepped tie-up <a class="yt-timestamp" data-t="40">[40]</a>.

Further reading: [[Twill]] and [[Overshot]].
`,
)

describe('describeNote', () => {
  const { entry, links, searchDocs } = describeNote(LOOMS, 'vault', 'library/n/abc.json')

  it('gives the manifest row: names, counts, span, headings and distinct link targets', () => {
    expect(entry).toEqual({
      slug: 'looms',
      kind: 'note',
      origin: 'vault',
      title: 'Weaving on a floor loom',
      channel: 'Thread Talk',
      videoId: 'Ll000000001',
      file: 'vault/looms.md',
      claims: 3,
      citations: 4,
      span: [40, 3723],
      headings: ['Treadles'],
      errors: 0,
      src: 'library/n/abc.json',
    })
  })

  it('records each wikilink with its claim, time and section, or as prose', () => {
    expect(links.map((l) => [l.target, l.claimId, l.seconds, l.section])).toEqual([
      ['warp_planning', 't125', 125, 'Weaving on a floor loom'],
      ['Twill', 't40', 40, 'Treadles'],
      ['Twill', null, null, 'Treadles'],
      ['Overshot', null, null, 'Treadles'],
    ])
    expect(links[0]!.text).toBe('Warping takes longer than weaving the warp.')
    expect(links[2]!.text).toBe('Further reading: Twill and Overshot.')
  })

  it('makes each claim a search document with its note, section and first time', () => {
    expect(searchDocs.map((d) => [d.id, d.seconds, d.section])).toEqual([
      ['looms#t125', 125, 'Weaving on a floor loom'],
      ['looms#t600', 600, 'Treadles'],
      ['looms#t40', 40, 'Treadles'],
    ])
    expect(searchDocs[1]!.text).toBe('Tie-up: each treadle lifts a set of shafts.')
  })

  it('cuts a long claim in a link record at a word, with an ellipsis', () => {
    const long = compile(
      'long',
      `---\ntitle: Long\nvideoId: Ll000000002\n---\n\n${'spinning wool by hand '.repeat(20)}[[Wool]] <a class="yt-timestamp" data-t="1:00">[1:00]</a>.\n`,
    )
    const [record] = describeNote(long, 'own', 'long').links
    expect(record!.text.length).toBeLessThanOrEqual(221)
    expect(record!.text).toMatch(/hand…$/)
  })
})

describe('stamps written as hours', () => {
  it('gives the times the reader will show, and keeps the claim ids', () => {
    const kilns = compile(
      'kilns',
      `---\ntitle: Kilns\nvideoId: Kk000000009\n---\n\nWood goes in [[Stoking]] <a class="yt-timestamp" data-t="14:17:00">[14:17:00]</a>.\nThe kiln cools <a class="yt-timestamp" data-t="33:20:00">[33:20:00]</a>.\n`,
    )
    const { entry, links, searchDocs } = describeNote(kilns, 'vault', 'x')
    expect(entry.span).toEqual([857, 2000])
    expect(links[0]).toMatchObject({ claimId: 't51420', seconds: 857 })
    expect(searchDocs.map((d) => [d.claimId, d.seconds])).toEqual([
      ['t51420', 857],
      ['t120000', 2000],
    ])
  })
})

describe('plain pages', () => {
  const page = compile('twill', '# Twill\n\nA weave with diagonal ribs; see [[looms]].\n')

  it('reads markdown without a video or citations as a page, without the video’s problems', () => {
    expect(isPlainPage(page)).toBe(true)
    expect(page.diagnostics.map((d) => d.rule)).toContain('frontmatter-missing')
    expect(pageDiagnostics(page)).toEqual([])
    expect(describeNote(page, 'vault', 'x').entry.kind).toBe('page')
  })

  it('shows a file that could not be read at all as a note, so its problem is seen', () => {
    const failed: CompiledNote = {
      ...page,
      diagnostics: [
        { severity: 'error', rule: 'note-compile-failed', line: 1, column: 1, message: 'x' },
      ],
    }
    expect(isPlainPage(failed)).toBe(false)
    expect(describeNote(failed, 'vault', 'x').entry).toMatchObject({ kind: 'note', errors: 1 })
  })

  it('keeps a note that names a bad video, or cites moments, a note', () => {
    expect(isPlainPage(compile('bad', '---\nvideoId: nope\n---\n\nText.\n'))).toBe(false)
    expect(isPlainPage(compile('stamped', 'Text [1:00].\n'))).toBe(false)
    expect(isPlainPage(LOOMS)).toBe(false)
  })
})
