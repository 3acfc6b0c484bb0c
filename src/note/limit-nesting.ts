/**
 * Every tree transform in the pipeline (and the page's renderer) walks the tree
 * recursively, so a note nested 10,000 deep (`>>>>…`, `- - - …`, `<div>` in
 * `<div>`) overflows the stack. This cuts a tree at a depth no real note
 * reaches, without recursing itself: a node at the limit whose content goes
 * deeper keeps only that content's text, as flat children the caller makes.
 */

/** The smallest shape of a tree node this needs: unist's, with optional children. */
export interface TreeNode {
  type: string
  value?: unknown
  children?: TreeNode[]
}

/**
 * Cuts every subtree below `limit` levels (the root is level 0). `flatten`
 * gives the children a cut node gets from its content's text. Returns the
 * nodes that were cut, in document order, for the caller to report.
 */
export function cutDeepNesting<Node extends TreeNode>(
  root: Node,
  limit: number,
  flatten: (node: Node, text: string) => Node[],
): Node[] {
  const cut: Node[] = []
  const stack: Array<{ readonly node: Node; readonly depth: number }> = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number }
    const children = (node.children ?? []) as Node[]
    if (depth >= limit && children.some((child) => child.children !== undefined)) {
      cut.push(node)
      node.children = flatten(node, textOf(node))
      continue
    }
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as Node, depth: depth + 1 })
  }
  return cut
}

/** The text of a subtree (its `text` nodes, in order), gathered without recursion. */
export function textOf(root: TreeNode): string {
  const parts: string[] = []
  const stack: TreeNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode
    if (node.type === 'text' && typeof node.value === 'string') parts.push(node.value)
    const children = node.children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TreeNode)
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}
