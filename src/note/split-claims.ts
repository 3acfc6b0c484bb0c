import type { ElementContent, Text } from 'hast'
import { citationOf } from './citation-node.ts'
import { citationsWithin, createClaimElement, textWithoutCitations } from './claim-node.ts'

/** How a node takes part in ending a claim. */
type Role = 'citation' | 'wrapper' | 'mixed' | null

/** Text that may stand between the citations of one run: blanks and list separators. */
const RUN_SEPARATOR = /^[\s,;]*$/

/** Punctuation right after a citation belongs to the claim it ends. */
const TRAILING_PUNCTUATION = /^[.,;:!?)\]}…”’»]+/

function roleOf(node: ElementContent): Role {
  if (citationOf(node)) return 'citation'
  if (node.type !== 'element' || citationsWithin(node).length === 0) return null
  // `<sup><a…>[1:02]</a>, <a…>[1:05]</a></sup>` only wraps citations; `<strong>words <a…></strong>` does not.
  return RUN_SEPARATOR.test(textWithoutCitations(node)) ? 'wrapper' : 'mixed'
}

/** A wrapper's citations and the separators between them, without the wrapper. */
function unwrap(node: ElementContent): ElementContent[] {
  if (node.type !== 'element' || citationOf(node)) return [node]
  return node.children.flatMap(unwrap)
}

/**
 * Cuts one run of inline content (a paragraph's, a list item's own text, a
 * heading's, a cell's) into claims (DESIGN §2): each claim ends at a citation
 * or a run of adjacent citations, with the punctuation right after it. Text
 * after the last citation stays as prose. Returns the new children.
 */
export function splitClaims(run: readonly ElementContent[]): ElementContent[] {
  const nodes = [...run]
  const out: ElementContent[] = []
  let pending: ElementContent[] = []
  let i = 0
  while (i < nodes.length) {
    const node = nodes[i]!
    if (roleOf(node) === null) {
      pending.push(node)
      i++
      continue
    }
    const end = endOfCitationRun(nodes, i)
    const citations = nodes
      .slice(i, end)
      .flatMap((n) => (roleOf(n) === 'wrapper' ? unwrap(n) : [n]))
    const tail = takeTrailingPunctuation(nodes, end)
    const [lead, content] = splitLeadingBlank(pending)
    out.push(...lead, createClaimElement(content, citations, tail))
    pending = []
    i = end
  }
  out.push(...pending)
  return out
}

/** Index just past the run of citations starting at `start`. */
function endOfCitationRun(nodes: readonly ElementContent[], start: number): number {
  // A mixed element (words and a citation) ends its claim on its own.
  if (roleOf(nodes[start]!) === 'mixed') return start + 1
  let end = start + 1
  while (end < nodes.length) {
    const role = roleOf(nodes[end]!)
    if (role === 'citation' || role === 'wrapper') end++
    else if (isSeparator(nodes[end]!) && isCitationLike(nodes[end + 1])) end += 2
    else break
  }
  return end
}

function isSeparator(node: ElementContent): boolean {
  return node.type === 'text' && RUN_SEPARATOR.test(node.value)
}

function isCitationLike(node: ElementContent | undefined): boolean {
  const role = node ? roleOf(node) : null
  return role === 'citation' || role === 'wrapper'
}

/** Moves leading punctuation of the text at `index` out of it and returns it. */
function takeTrailingPunctuation(nodes: ElementContent[], index: number): Text[] {
  const next = nodes[index]
  if (next?.type !== 'text') return []
  const match = TRAILING_PUNCTUATION.exec(next.value)
  if (!match) return []
  nodes[index] = { ...next, value: next.value.slice(match[0].length) }
  return [{ type: 'text', value: match[0] }]
}

/** Keeps the blank that opens a claim outside it, so the highlight starts at a word. */
function splitLeadingBlank(pending: ElementContent[]): [Text[], ElementContent[]] {
  const first = pending[0]
  if (first?.type !== 'text') return [[], pending]
  const blank = /^\s*/.exec(first.value)![0]
  if (blank === '') return [[], pending]
  const rest = first.value.slice(blank.length)
  const remaining =
    rest === '' ? pending.slice(1) : [{ ...first, value: rest }, ...pending.slice(1)]
  return [[{ type: 'text', value: blank }], remaining]
}
