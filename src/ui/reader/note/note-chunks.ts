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
