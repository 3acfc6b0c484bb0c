import type { Element, ElementContent } from 'hast'
import type { Point } from 'unist'
import { type CitationData, citationOf } from './citation-node.ts'

/** What the parser keeps about each claim element until the model is built. */
export interface ClaimData {
  readonly citations: readonly CitationData[]
  /** The claim's words: its content and trailing punctuation, without the citation run. */
  readonly text: string
}

declare module 'hast' {
  interface ElementData {
    claim?: ClaimData
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

/** The words of a node without citation chips; a claim inside counts as its own words. */
export function textWithoutCitations(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' || citationOf(node)) return ''
  const claim = node.data?.claim
  if (claim) return claim.text
  return node.children.map(textWithoutCitations).join('')
}

/** Collapses blanks and drops the blank a chip leaves before punctuation. */
export function tidyText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)\]}…])/g, '$1')
    .trim()
}

/**
 * Wraps a claim: its words, the citation run that ends it (chips and the
 * commas between them) and the punctuation after it.
 */
export function createClaimElement(
  words: readonly ElementContent[],
  run: readonly ElementContent[],
  tail: readonly ElementContent[],
): Element {
  const children = [...words, ...run, ...tail]
  const citations = children.flatMap(citationsWithin)
  const text = tidyText([...words, ...tail].map(textWithoutCitations).join(''))
  const start = firstPosition(children)
  return {
    type: 'element',
    tagName: 'span',
    properties: { dataClaimTimes: citations.map((c) => Math.floor(c.seconds)).join(' ') },
    children,
    data: { claim: { citations, text } },
    ...(start ? { position: { start, end: start } } : {}),
  }
}

function firstPosition(nodes: readonly ElementContent[]): Point | null {
  for (const node of nodes) {
    if (node.position) return node.position.start
    const inner = node.type === 'element' ? firstPosition(node.children) : null
    if (inner) return inner
  }
  return null
}

export function claimDataOf(node: ElementContent): ClaimData | null {
  return node.type === 'element' ? (node.data?.claim ?? null) : null
}
