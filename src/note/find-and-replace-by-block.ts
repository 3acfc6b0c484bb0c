import type { Root } from 'hast'
import { findAndReplace } from 'hast-util-find-and-replace'

/**
 * hast-util-find-and-replace, run on each top-level block of the note in turn.
 * For every text node it looks up each ancestor's place among its siblings
 * (`indexOf`), so on the whole tree a note of 10,000 paragraphs costs
 * 10,000 × 20,000 steps (seconds); block by block, each lookup is short.
 * @see https://github.com/syntax-tree/hast-util-find-and-replace/blob/main/lib/index.js
 */
export function findAndReplaceByBlock(
  tree: Root,
  list: Parameters<typeof findAndReplace>[1],
  options: Parameters<typeof findAndReplace>[2],
): void {
  tree.children = tree.children.flatMap((child) => {
    // A root of its own, so text at the top level is searched too.
    const holder: Root = { type: 'root', children: [child] }
    findAndReplace(holder, list, options)
    return holder.children
  })
}
