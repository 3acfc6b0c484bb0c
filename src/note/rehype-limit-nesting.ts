import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { cutDeepNesting, type TreeNode } from './limit-nesting.ts'
import { report } from './report.ts'

/** Levels of HTML nesting kept, markdown's and the author's HTML together. */
export const HTML_DEPTH_LIMIT = 96

/**
 * Cuts the tree rehype-raw built from the note's HTML at HTML_DEPTH_LIMIT,
 * before the sanitizer and the other recursive transforms walk it: deeper
 * elements are kept as their text, with one warning.
 */
export default function rehypeLimitNesting() {
  return (tree: Root, file: VFile) => {
    const cut = cutDeepNesting(tree as TreeNode, HTML_DEPTH_LIMIT, (_node, value) => [
      { type: 'text', value },
    ])
    const first = cut[0] as Element | undefined
    if (first)
      report(
        file,
        'warning',
        'nesting-too-deep',
        `The note's HTML nests more than ${HTML_DEPTH_LIMIT} elements deep; what is deeper is shown as plain text.`,
        first,
      )
  }
}
