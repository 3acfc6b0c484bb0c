/**
 * The markdown parser resolves brackets and emphasis runs by looking back over
 * the open ones in the same block, and re-checks every open container on every
 * line: a block of thousands of `[`, `*a_` or `<a `, or lines indented a
 * thousand levels, take time that grows with the square of their size (a 1 MB
 * line of them runs for minutes). No real note comes near: the busiest block of
 * the real notes holds under 150 markup characters and no line is indented
 * past a few levels. A block over either limit is set aside before parsing and
 * comes back as one paragraph of its plain text: safe (no HTML), whole (no
 * text lost), read in linear time, and its wikilinks and bare stamps, matched
 * later on the text, still work.
 */

import type { Paragraph, Root } from 'mdast'

/** The markup characters one block may hold before it is read as plain text. */
export const MARKUP_BUDGET = 2_000

/** The table cell separators (`|`) one block may hold: a table of 4,000 cells. */
export const CELL_BUDGET = 4_000

/** The longest run of container markers and indentation (`> - 1. `) a line may open with. */
export const PREFIX_LIMIT = 256

/**
 * The characters that open or close inline constructs (links, emphasis, code,
 * HTML, autolinks, entities).
 */
const MARKUP = /[[\]*_`<>!&\\()~]/g

/** Blanks, block quote markers and list markers at the start of a line. */
const CONTAINER_PREFIX = /^(?:[ \t>]|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/

/** A block (a run of non-blank lines) read as plain text. */
export interface SetAsideBlock {
  /** 1-based lines where the block starts and ends. */
  readonly startLine: number
  readonly endLine: number
  /** 0-based offsets of its first and past its last character in the source. */
  readonly startOffset: number
  readonly endOffset: number
  /** Its text as written. */
  readonly text: string
  /** Why: more markup or table cells than the budget, or a line nested past the limit. */
  readonly reason:
    { readonly type: 'markup' | 'cells'; readonly count: number } | { readonly type: 'prefix' }
}

export interface LimitedSource {
  /** The source with each set-aside block blanked out (its lines kept, empty). */
  readonly source: string
  readonly blocks: readonly SetAsideBlock[]
}

/**
 * Blanks out every block over MARKUP_BUDGET or with a line over PREFIX_LIMIT.
 * The frontmatter is YAML, not markdown, and is left alone. Lines keep their
 * numbers, so diagnostics still point right.
 */
export function setAsideOverlyMarkedBlocks(source: string): LimitedSource {
  const lines = source.split('\n')
  const lineOffsets = offsetsOf(lines)
  const blocks: SetAsideBlock[] = []
  let start = frontmatterEnd(lines)
  while (start < lines.length) {
    if (isBlank(lines[start])) {
      start++
      continue
    }
    let end = start
    let count = 0
    let cells = 0
    let deep = false
    for (; end < lines.length && !isBlank(lines[end]); end++) {
      const line = lines[end] ?? ''
      count += countOf(MARKUP, line)
      cells += countOf(CELL, line)
      deep ||= (CONTAINER_PREFIX.exec(line)?.[0].length ?? 0) > PREFIX_LIMIT
    }
    const reason = deep
      ? { type: 'prefix' as const }
      : count > MARKUP_BUDGET
        ? { type: 'markup' as const, count }
        : cells > CELL_BUDGET
          ? { type: 'cells' as const, count: cells }
          : null
    if (reason) {
      const text = lines.slice(start, end).join('\n')
      const startOffset = lineOffsets[start] ?? 0
      blocks.push({
        startLine: start + 1,
        endLine: end,
        startOffset,
        endOffset: startOffset + text.length,
        text,
        reason,
      })
      lines.fill('', start, end)
    }
    start = end
  }
  return blocks.length === 0 ? { source, blocks } : { source: lines.join('\n'), blocks }
}

/**
 * Puts each set-aside block back into the parsed tree, in source order among
 * the top-level blocks, as a paragraph of its text.
 */
export function putBackAsParagraphs(tree: Root, blocks: readonly SetAsideBlock[]): void {
  for (const block of blocks) {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: block.text, position: positionOf(block) }],
      position: positionOf(block),
    }
    const after = tree.children.findIndex(
      (node) => (node.position?.start.line ?? 0) > block.startLine,
    )
    tree.children.splice(after === -1 ? tree.children.length : after, 0, paragraph)
  }
}

function positionOf(block: SetAsideBlock) {
  const lastLine = block.text.slice(block.text.lastIndexOf('\n') + 1)
  return {
    start: { line: block.startLine, column: 1, offset: block.startOffset },
    end: { line: block.endLine, column: lastLine.length + 1, offset: block.endOffset },
  }
}

/** Where each line starts in the source. */
function offsetsOf(lines: readonly string[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (const line of lines) {
    offsets.push(offset)
    offset += line.length + 1
  }
  return offsets
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === ''
}

const CELL = /\|/g

function countOf(pattern: RegExp, line: string): number {
  pattern.lastIndex = 0
  let count = 0
  while (pattern.exec(line)) count++
  return count
}

/** The index of the first line after a closed `---` frontmatter block, or 0 without one. */
function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  for (let i = 1; i < lines.length; i++) if (lines[i]?.trimEnd() === '---') return i + 1
  return 0
}
