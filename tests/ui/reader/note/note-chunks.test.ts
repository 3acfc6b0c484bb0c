import type { ElementContent, RootContent } from 'hast'
import { describe, expect, it } from 'vitest'
import {
  chunkBlocks,
  estimateRunHeight,
  runOfEachClaim,
} from '../../../../src/ui/reader/note/note-chunks.ts'

/** A paragraph of `n` nodes in all: itself and n - 1 text children. */
function paragraph(n: number, name = `p${n}`): RootContent {
  const children: ElementContent[] = Array.from({ length: n - 1 }, (_, i) => ({
    type: 'text',
    value: `${name}.${i}`,
  }))
  return { type: 'element', tagName: 'p', properties: {}, children }
}

describe('chunkBlocks', () => {
  it('keeps every block, whole and in order', () => {
    const blocks = [paragraph(3, 'a'), paragraph(4, 'b'), paragraph(2, 'c'), paragraph(5, 'd')]
    const chunks = chunkBlocks(blocks, 7)
    expect(chunks.flat()).toEqual(blocks)
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 2])
  })

  it('counts descendants, not just blocks', () => {
    const chunks = chunkBlocks([paragraph(10), paragraph(10), paragraph(10)], 25)
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 1])
  })

  it('gives a block bigger than the budget a run of its own', () => {
    const chunks = chunkBlocks([paragraph(2), paragraph(50), paragraph(2)], 10)
    expect(chunks.map((chunk) => chunk.length)).toEqual([1, 1, 1])
  })

  it('makes no runs of an empty note', () => {
    expect(chunkBlocks([], 10)).toEqual([])
  })

  it('refuses a budget that is not positive', () => {
    expect(() => chunkBlocks([paragraph(2)], 0)).toThrow(/budget/)
  })
})

const itemOf = (text: string): ElementContent => ({
  type: 'element',
  tagName: 'li',
  properties: {},
  children: [{ type: 'text', value: text }],
})
/** A list of `n` short items. */
const listOf = (n: number): RootContent => ({
  type: 'element',
  tagName: 'ul',
  properties: {},
  children: Array.from({ length: n }, (_, i) => itemOf(`item ${i}`)),
})

describe('estimateRunHeight', () => {
  it('grows with the text of a run and counts each block', () => {
    const short = estimateRunHeight([paragraph(2)])
    const two = estimateRunHeight([paragraph(2), paragraph(2)])
    const long = estimateRunHeight([paragraph(200)])
    expect(short).toBeGreaterThan(0)
    expect(two).toBe(2 * short)
    expect(long).toBeGreaterThan(short)
  })

  it('counts each item of a list', () => {
    expect(estimateRunHeight([listOf(8)])).toBeGreaterThan(estimateRunHeight([listOf(2)]))
  })
})

/** A claim's span, as the parser leaves it in the tree. */
const claim = (id: string): ElementContent => ({
  type: 'element',
  tagName: 'span',
  properties: { dataClaimId: id },
  children: [{ type: 'text', value: id }],
})
/** A block holding these nodes. */
const block = (...children: ElementContent[]): RootContent => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
})

describe('runOfEachClaim', () => {
  it('finds each claim’s run, however deep in its blocks the claim sits', () => {
    const list: RootContent = {
      type: 'element',
      tagName: 'ul',
      properties: {},
      children: [{ type: 'element', tagName: 'li', properties: {}, children: [claim('t30')] }],
    }
    const runs = runOfEachClaim([[block(claim('t10'), claim('t20'))], [list]])
    expect(Object.fromEntries(runs)).toEqual({ t10: 0, t20: 0, t30: 1 })
  })
})
