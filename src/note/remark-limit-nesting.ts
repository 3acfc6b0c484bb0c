import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { cutDeepNesting, type TreeNode } from './limit-nesting.ts'
import { report } from './report.ts'

/** Levels of markdown nesting kept; the real notes use under ten. */
export const MARKDOWN_DEPTH_LIMIT = 48

/** Nodes whose children are phrasing content: a cut one keeps one text node. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
])

/**
 * Cuts the markdown tree at MARKDOWN_DEPTH_LIMIT before any recursive
 * transform sees it (it runs first among the transforms); deeper content is
 * kept as plain text, with one warning.
 */
export default function remarkLimitNesting() {
  return (tree: Root, file: VFile) => {
    const cut = cutDeepNesting(tree as TreeNode, MARKDOWN_DEPTH_LIMIT, (node, text) =>
      flatChildren(node as Nodes, text),
    )
    const first = cut[0] as Nodes | undefined
    if (first)
      report(
        file,
        'warning',
        'nesting-too-deep',
        `The note nests blocks or formatting more than ${MARKDOWN_DEPTH_LIMIT} levels deep; what is deeper is shown as plain text.`,
        first,
      )
  }
}

/** What a cut node may hold, by its type: the text in the smallest valid shape. */
function flatChildren(node: Nodes, value: string): TreeNode[] {
  const text = { type: 'text', value }
  if (PHRASING_PARENTS.has(node.type)) return [text]
  const paragraph = { type: 'paragraph', children: [text] }
  if (node.type === 'list')
    return [{ type: 'listItem', spread: false, children: [paragraph] } as TreeNode]
  if (node.type === 'table')
    return [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text] }] }]
  if (node.type === 'tableRow') return [{ type: 'tableCell', children: [text] }]
  return [paragraph]
}
