import type { Element, ElementContent } from 'hast'
import { type CitationData, citationOf } from './citation-node.ts'

declare module 'hast' {
  interface ElementData {
    claim?: { readonly citations: readonly CitationData[] }
  }
}

/** Tags whose content is inline (phrasing): a claim never crosses one of anything else. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'button',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'input',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
])

export function isPhrasing(node: ElementContent): boolean {
  return node.type !== 'element' || PHRASING.has(node.tagName)
}

/** Every citation inside a node, in document order. */
export function citationsWithin(node: ElementContent): CitationData[] {
  const own = citationOf(node)
  if (own) return [own]
  if (node.type !== 'element') return []
  return node.children.flatMap(citationsWithin)
}

/** The words of some nodes without their citation chips. */
export function textWithoutCitations(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' || citationOf(node)) return ''
  return node.children.map(textWithoutCitations).join('')
}

/** Collapses blanks and drops the blank a chip leaves before punctuation. */
export function tidyText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)\]}…])/g, '$1')
    .trim()
}

export function createClaimElement(children: ElementContent[]): Element {
  const citations = children.flatMap(citationsWithin)
  return {
    type: 'element',
    tagName: 'span',
    properties: { dataClaimTimes: citations.map((c) => Math.floor(c.seconds)).join(' ') },
    children,
    data: { claim: { citations } },
  }
}

export function claimDataOf(
  node: ElementContent,
): { readonly citations: readonly CitationData[] } | null {
  return node.type === 'element' ? (node.data?.claim ?? null) : null
}
