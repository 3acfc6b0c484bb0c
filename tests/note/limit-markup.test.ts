import { describe, expect, it } from 'vitest'
import {
  CELL_BUDGET,
  MARKUP_BUDGET,
  PREFIX_LIMIT,
  setAsideOverlyMarkedBlocks,
} from '../../src/note/limit-markup.ts'
import { cutDeepNesting, type TreeNode } from '../../src/note/limit-nesting.ts'
import { parseNote } from '../../src/note/parse-note.ts'

const FRONT = '---\ntitle: Weirs\nvideoId: Zz0000000w1\n---\n\n'

describe('setAsideOverlyMarkedBlocks', () => {
  it('leaves a note within every budget untouched', () => {
    const source = `${FRONT}A claim with *some* [[link]] <a class="yt-timestamp" data-t="1:00">[1:00]</a>.\n`
    expect(setAsideOverlyMarkedBlocks(source)).toEqual({ source, blocks: [] })
  })

  it.each([
    ['markup', '['.repeat(MARKUP_BUDGET + 1)],
    ['cells', `| ${'a | '.repeat(CELL_BUDGET + 1)}`],
    ['prefix', `${'> '.repeat(PREFIX_LIMIT)}deep`],
  ])('blanks a block over its %s limit, keeping the lines and the neighbours', (type, block) => {
    const source = `${FRONT}Before.\n\n${block}\nsame block\n\nAfter.\n`
    const limited = setAsideOverlyMarkedBlocks(source)
    expect(limited.blocks).toEqual([
      expect.objectContaining({ startLine: 8, endLine: 9, text: `${block}\nsame block` }),
    ])
    expect(limited.blocks[0]?.reason.type).toBe(type)
    expect(limited.source).toBe(`${FRONT}Before.\n\n\n\n\nAfter.\n`)
    const { startOffset, endOffset } = limited.blocks[0]!
    expect(source.slice(startOffset, endOffset)).toBe(`${block}\nsame block`)
  })

  it('never counts the frontmatter, which is YAML', () => {
    const source = `---\ntitle: x\nlist: [${'*a, '.repeat(MARKUP_BUDGET)}]\n---\n\nText.\n`
    expect(setAsideOverlyMarkedBlocks(source).blocks).toEqual([])
  })
})

describe('cutDeepNesting', () => {
  it('keeps the text of what lies below the limit, flat, and returns the cut nodes', () => {
    let leaf: TreeNode = { type: 'text', value: 'bottom' }
    for (let i = 0; i < 10_000; i++) leaf = { type: 'box', children: [leaf] }
    const cut = cutDeepNesting(leaf, 3, (_node, value) => [{ type: 'text', value }])
    expect(cut).toHaveLength(1)
    expect(leaf.children?.[0]?.children?.[0]?.children?.[0]).toEqual({
      type: 'box',
      children: [{ type: 'text', value: 'bottom' }],
    })
  })
})

describe('parseNote on hostile shapes', () => {
  it('reads a megabyte of brackets as plain text with a warning, and the claims around it', () => {
    const source = `${FRONT}${'['.repeat(1_000_000)}\n\nA claim <a class="yt-timestamp" data-t="0:30">[0:30]</a>.\n`
    const { doc, diagnostics } = parseNote(source, { slug: 'brackets' })
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['block-read-as-text', 6]])
    expect(doc.claims.map((c) => c.id)).toEqual(['t30'])
  })

  it('reads a From line padded with blanks in linear time', () => {
    const source = `${FRONT}From: [[Weir Channel]]${' '.repeat(200_000)}x\n\nText.\n`
    const started = performance.now()
    const { doc } = parseNote(`${FRONT}From: Weir Channel${' '.repeat(200_000)}y\tz\n`, {
      slug: 'a',
    })
    parseNote(source, { slug: 'b' })
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(doc.channel).toBe(`Weir Channel${' '.repeat(200_000)}y\tz`.trim())
  })

  it('cuts markdown nested past the limit, with one warning', () => {
    const { diagnostics } = parseNote(`${FRONT}${'>'.repeat(120)} deep\n`, { slug: 'quotes' })
    expect(diagnostics.map((d) => d.rule)).toEqual(['nesting-too-deep'])
  })

  it('reads a videoId that is not text as invalid, and a recursive alias as null', () => {
    const source = '---\ntitle: T\nvideoId: { toString: x }\nloop: &l [ *l ]\n---\n\nText.\n'
    const { doc, diagnostics } = parseNote(source, { slug: 'yaml' })
    expect(diagnostics.map((d) => d.rule)).toEqual(['video-id-invalid'])
    expect(doc.frontmatter['loop']).toEqual([null])
    expect(() => JSON.stringify(doc)).not.toThrow()
  })
})
