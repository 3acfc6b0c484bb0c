import type { Element, ElementContent } from 'hast'
import type { Seconds } from '../time/seconds.ts'
import { formatTimestamp } from '../time/timestamp.ts'
import type { SourcePoint } from './model.ts'

/** What the parser keeps about each citation element until the model is built. */
export interface CitationData {
  readonly seconds: Seconds
  readonly bare: boolean
  readonly place: SourcePoint | null
}

declare module 'hast' {
  interface ElementData {
    citation?: CitationData
  }
}

/** The chip that stands for a citation in the tree: `<button data-citation="<seconds>">`. */
export function createCitationElement(
  seconds: Seconds,
  bare: boolean,
  from: Element | null,
): Element {
  const start = from?.position?.start
  const citation: CitationData = {
    seconds,
    bare,
    place: start ? { line: start.line, column: start.column } : null,
  }
  const whole = Math.floor(seconds)
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', dataCitation: String(whole) },
    children: [{ type: 'text', value: formatTimestamp(whole) }],
    data: { citation },
    ...(from?.position ? { position: from.position } : {}),
  }
}

export function citationOf(node: ElementContent | undefined): CitationData | null {
  return node?.type === 'element' ? (node.data?.citation ?? null) : null
}
