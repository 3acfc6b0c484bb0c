import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * An Obsidian callout marker at the start of a blockquote: `[!info] Title`,
 * also `[!NOTE]`, `[!example]-` (a fold sign) and `>[!info]` (no space,
 * which Markdown already reads as a blockquote).
 */
const MARKER = new RegExp(
  [
    /^\s*/.source, // blanks before the marker
    /\[!([A-Za-z][\w-]*)\]/.source, // 1: the callout type, e.g. info, NOTE, example
    /([+-])?/.source, // 2: an optional fold sign, which a reader that shows everything ignores
    /[ \t]*/.source, // blanks before the title
  ].join(''),
)

/**
 * Turns callout blockquotes into `<div class="callout callout-<type>" data-callout="<type>">`
 * with a `<p class="callout-title">` — the same shape as a callout written in HTML.
 */
export default function rehypeCallouts() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'blockquote') return
      const first = node.children.find((child): child is Element => child.type === 'element')
      if (first?.tagName !== 'p') return
      const head = first.children[0]
      const match = head?.type === 'text' ? MARKER.exec(head.value) : null
      if (!head || head.type !== 'text' || !match) return
      const type = match[1]!.toLowerCase()
      head.value = head.value.slice(match[0].length)
      const [titleNodes, bodyNodes] = splitAtFirstNewline(first.children)
      const title: Element = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['callout-title'] },
        children: hasText(titleNodes) ? titleNodes : [{ type: 'text', value: capitalise(type) }],
      }
      const body: Element[] = hasText(bodyNodes) ? [{ ...first, children: bodyNodes }] : []
      const rest = node.children.slice(node.children.indexOf(first) + 1)
      node.tagName = 'div'
      node.properties = { className: ['callout', `callout-${type}`], dataCallout: type }
      node.children = [title, ...body, ...rest]
    })
  }
}

function splitAtFirstNewline(children: ElementContent[]): [ElementContent[], ElementContent[]] {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type === 'element' && child.tagName === 'br') {
      return [children.slice(0, i), children.slice(i + 1)]
    }
    if (child.type !== 'text') continue
    const at = child.value.indexOf('\n')
    if (at === -1) continue
    const before = { ...child, value: child.value.slice(0, at) }
    // The rest starts on a later line than the text it came from; drop the stale position.
    const { position: _stale, ...rest } = child
    const after = { ...rest, value: child.value.slice(at + 1) }
    return [
      [...children.slice(0, i), before],
      [after, ...children.slice(i + 1)],
    ]
  }
  return [children, []]
}

function hasText(nodes: ElementContent[]): boolean {
  return nodes.some((node) => node.type !== 'text' || node.value.trim() !== '')
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
