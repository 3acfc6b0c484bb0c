import type { Element, ElementContent, Root } from 'hast'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { formatTimestamp } from '../time/timestamp.ts'
import { classifyStamps, lastFieldOf, readAsMinutes, type StampReading } from './classify-stamps.ts'
import type { Claim, NoteDocument, Section } from './model.ts'

/**
 * How the note's stamps fit a video of this duration (see classify-stamps.ts
 * for what late, constant last field and mixed mean). A note whose author set
 * `timestamps: mm:ss` was read so already: it is never repaired again.
 */
export function classifyNoteStamps(doc: NoteDocument, duration: Seconds): StampReading {
  const reading = classifyStamps(citationTimes(doc), duration)
  if (doc.timestampMode === 'mm:ss' && reading.type === 'minutes-as-hours') {
    return { type: 'too-long', field: reading.field, late: reading.late }
  }
  return reading
}

/** The citations that point past the video's end. */
export function citationsBeyond(doc: NoteDocument, duration: Seconds): number {
  return citationTimes(doc).filter((t) => t > duration).length
}

/**
 * The note with every stamp whose last field is `field` read as minutes and
 * seconds (`56:04:00` → 56:04, `28:43:01` → 28:43); other stamps stay as
 * written. Claim ids stay as they were, so links keep working; times, chips
 * and spans change.
 */
export function readStampsAsMinutes(doc: NoteDocument, field: number): NoteDocument {
  const asMinutes = (t: Seconds): Seconds =>
    lastFieldOf(t) === field ? toSeconds(readAsMinutes(t)) : t
  const claims: Claim[] = doc.claims.map((claim) => ({
    ...claim,
    citations: claim.citations.map((c) => ({ ...c, seconds: asMinutes(c.seconds) })),
  }))
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const sections: Section[] = doc.sections.map((section) => {
    const times = section.claimIds.flatMap(
      (id) => byId.get(id)?.citations.map((c) => c.seconds) ?? [],
    )
    return times.length === 0 ? section : { ...section, span: [min(times), max(times)] }
  })
  return { ...doc, timestampMode: 'mm:ss', claims, sections, tree: mapTree(doc.tree, asMinutes) }
}

function citationTimes(doc: NoteDocument): Seconds[] {
  return doc.claims.flatMap((claim) => claim.citations.map((c) => c.seconds))
}

/** Rewrites the times the tree carries: chips' `data-citation` and label, claims' `data-claim-times`. */
function mapTree(tree: Root, asMinutes: (t: Seconds) => Seconds): Root {
  return {
    ...tree,
    children: tree.children.map((node) =>
      node.type === 'doctype' ? node : mapNode(node, asMinutes),
    ),
  }
}

function mapNode(node: ElementContent, asMinutes: (t: Seconds) => Seconds): ElementContent {
  if (node.type !== 'element') return node
  const element: Element = {
    ...node,
    properties: { ...node.properties },
    children: node.children.map((child) => mapNode(child, asMinutes)),
  }
  const citation = element.properties['dataCitation']
  if (citation !== undefined) {
    const seconds = asMinutes(toSeconds(Number(citation)))
    element.properties['dataCitation'] = String(seconds)
    element.children = [{ type: 'text', value: formatTimestamp(seconds) }]
  }
  const times = element.properties['dataClaimTimes']
  if (typeof times === 'string') {
    element.properties['dataClaimTimes'] = times
      .split(' ')
      .map((t) => String(asMinutes(toSeconds(Number(t)))))
      .join(' ')
  }
  return element
}

function min(times: readonly Seconds[]): Seconds {
  return times.reduce((a, b) => (b < a ? b : a))
}

function max(times: readonly Seconds[]): Seconds {
  return times.reduce((a, b) => (b > a ? b : a))
}
