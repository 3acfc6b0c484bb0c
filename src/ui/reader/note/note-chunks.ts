import type { RootContent } from 'hast'

/**
 * Splits a note's top-level blocks into runs of about `budget` nodes each
 * (elements and text, counted through their descendants), keeping blocks
 * whole. The reader renders the first run at once and the rest a run at a
 * time, so a note of ten thousand claims is on screen before it is all built,
 * and no run is a long task. A block bigger than the budget is a run of its own.
 */
export function chunkBlocks(
  blocks: readonly RootContent[],
  budget: number,
): readonly (readonly RootContent[])[] {
  if (!(budget > 0)) throw new RangeError(`chunkBlocks: budget must be > 0, got ${budget}`)
  const chunks: RootContent[][] = []
  let current: RootContent[] = []
  let size = 0
  for (const block of blocks) {
    const weight = countNodes(block)
    if (current.length > 0 && size + weight > budget) {
      chunks.push(current)
      current = []
      size = 0
    }
    current.push(block)
    size += weight
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** The node and all its descendants. */
function countNodes(node: RootContent): number {
  if (!('children' in node)) return 1
  let count = 1
  for (const child of node.children) count += countNodes(child)
  return count
}

/** Rough heights (px) of a note's blocks in the reader's type, for a run's placeholder size. */
const LINE_PX = 28
const CHARS_PER_LINE = 70
const BLOCK_GAP_PX = 20
const HEADING_PX = 64

/**
 * A guess at a run's height before it is first laid out: lines of text at the
 * note's measure, a gap per block and item, more for a heading. The run keeps
 * its real height once it has been on screen (`contain-intrinsic-size: auto`),
 * so the guess only places the runs never yet seen.
 */
export function estimateRunHeight(blocks: readonly RootContent[]): number {
  let height = 0
  for (const block of blocks) height += estimateBlockHeight(block)
  return Math.round(height)
}

function estimateBlockHeight(node: RootContent): number {
  if (node.type === 'text') return 0
  if (node.type !== 'element') return 0
  if (/^h[1-6]$/.test(node.tagName)) return HEADING_PX
  if (node.tagName === 'ul' || node.tagName === 'ol') {
    let height = BLOCK_GAP_PX
    for (const item of node.children)
      if (item.type === 'element') height += linesOf(item) * LINE_PX + BLOCK_GAP_PX / 2
    return height
  }
  return linesOf(node) * LINE_PX + BLOCK_GAP_PX
}

function linesOf(node: RootContent): number {
  return Math.max(1, Math.ceil(textLength(node) / CHARS_PER_LINE))
}

function textLength(node: RootContent): number {
  if (node.type === 'text') return node.value.length
  if (!('children' in node)) return 0
  let length = 0
  for (const child of node.children) length += textLength(child)
  return length
}

/** Which run each claim is in, by the claim's id (`data-claim-id` in the tree). */
export function runOfEachClaim(
  chunks: readonly (readonly RootContent[])[],
): ReadonlyMap<string, number> {
  const runs = new Map<string, number>()
  chunks.forEach((blocks, run) => {
    const stack: RootContent[] = [...blocks]
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type !== 'element') continue
      const id = node.properties['dataClaimId']
      if (typeof id === 'string') runs.set(id, run)
      stack.push(...node.children)
    }
  })
  return runs
}
