import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { citationsWithin, isPhrasing } from './claim-node.ts'
import { splitClaims } from './split-claims.ts'

/**
 * Wraps each claim in `<span data-claim-times="…">`. Claims live inside one
 * block: a paragraph, a list item's own text, a heading, a table cell, a
 * callout line. The model builder gives them their ids afterwards.
 */
export default function rehypeClaims() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return
      if (node.type === 'element' && isPhrasing(node)) return
      const children = node.children as ElementContent[]
      if (!children.some((child) => isPhrasing(child) && citationsWithin(child).length > 0)) return
      node.children = splitRuns(children) as Element['children']
    })
  }
}

/** Splits the children at block elements and cuts each inline run into claims. */
function splitRuns(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    out.push(...splitClaims(run))
    run = []
  }
  for (const child of children) {
    if (isPhrasing(child)) run.push(child)
    else {
      flush()
      out.push(child)
    }
  }
  flush()
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}
