import type { Element, ElementContent, Root } from 'hast'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { formatTimestamp } from '../time/timestamp.ts'
import type { Claim, NoteDocument, Section } from './model.ts'

/**
 * Whether a note's stamps are `MM:SS` written as `HH:MM:00` (DESIGN §2): some
 * cite past the video's end, and every one of those is a whole minute that,
 * read as minutes and seconds, fits the video. Other notes are left alone.
 */
export function stampsLookLikeMinutes(doc: NoteDocument, duration: Seconds): boolean {
  if (doc.timestampMode === 'mm:ss') return false
  const late = citationTimes(doc).filter((t) => t > duration)
  return late.length > 0 && late.every((t) => t % 60 === 0 && t / 60 <= duration)
}

/** The citations that point past the video's end. */
export function citationsBeyond(doc: NoteDocument, duration: Seconds): number {
  return citationTimes(doc).filter((t) => t > duration).length
}

/**
 * The note with every whole-minute stamp read as minutes and seconds
 * (`56:04:00` → 56:04). Claim ids stay as they were, so links keep working;
 * times, chips and spans change.
 */
export function readStampsAsMinutes(doc: NoteDocument): NoteDocument {
  const claims: Claim[] = doc.claims.map((claim) => ({
    ...claim,
    citations: claim.citations.map((c) => ({ ...c, seconds: asMinutes(c.seconds) })),
  }))
  const sections: Section[] = doc.sections.map((section) => ({
    ...section,
    span: section.span && [asMinutes(section.span[0]), asMinutes(section.span[1])],
  }))
  return { ...doc, timestampMode: 'mm:ss', claims, sections, tree: mapTree(doc.tree) }
}

function citationTimes(doc: NoteDocument): Seconds[] {
  return doc.claims.flatMap((claim) => claim.citations.map((c) => c.seconds))
}

function asMinutes(t: Seconds): Seconds {
  return t % 60 === 0 ? toSeconds(t / 60) : t
}

/** Rewrites the times the tree carries: chips' `data-citation` and label, claims' `data-claim-times`. */
function mapTree(tree: Root): Root {
  return {
    ...tree,
    children: tree.children.map((node) => (node.type === 'doctype' ? node : mapNode(node))),
  }
}

function mapNode(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node
  const element: Element = {
    ...node,
    properties: { ...node.properties },
    children: node.children.map(mapNode),
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
