import type { Element, Root } from 'hast'
import { headingRank } from 'hast-util-heading-rank'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { claimDataOf, textWithoutCitations, tidyText } from './claim-node.ts'
import type { Claim, ClaimId, Section, SourcePoint } from './model.ts'
import { report } from './report.ts'
import { createUniqueNamer, slugify } from './slugify.ts'

export interface CollectedModel {
  readonly claims: Claim[]
  readonly sections: Section[]
  readonly citationCount: number
}

interface SectionDraft {
  id: string
  title: string
  depth: number
  claimIds: ClaimId[]
  times: Seconds[]
  place: SourcePoint | null
}

/**
 * Walks the tree in reading order: gives each claim its id (`t<seconds>`,
 * `-2`… for repeats) and its section, and each heading a section id.
 */
export function collectModel(tree: Root, file: VFile, noteTitle: string): CollectedModel {
  const claims: Claim[] = []
  const drafts: SectionDraft[] = []
  const nameClaim = createUniqueNamer()
  const nameSection = createUniqueNamer()
  visit(tree, 'element', (node: Element, _index, parent) => {
    const rank = headingRank(node)
    if (rank !== undefined) {
      const title = tidyText(textWithoutCitations(node))
      const id = nameSection(slugify(title) || 'section')
      node.properties['dataSectionId'] = id
      drafts.push({ id, title, depth: rank, claimIds: [], times: [], place: pointOf(node) })
    } else if (drafts.length === 0 && parent === tree) {
      drafts.push({
        id: nameSection('intro'),
        title: noteTitle,
        depth: 0,
        claimIds: [],
        times: [],
        place: pointOf(node),
      })
    }
    const data = claimDataOf(node)
    if (!data) return
    const first = data.citations[0]!
    const id = nameClaim(`t${Math.floor(first.seconds)}`) as ClaimId
    node.properties['dataClaimId'] = id
    const text = data.text
    if (text === '')
      report(
        file,
        'info',
        'citation-without-text',
        'This citation has no words before it in its block; it forms a claim of its own.',
        node,
      )
    const section = drafts.at(-1)
    section?.claimIds.push(id)
    section?.times.push(...data.citations.map((c) => c.seconds))
    claims.push({
      type: 'claim',
      id,
      index: claims.length,
      citations: data.citations,
      text,
      section: Math.max(0, drafts.length - 1),
      place: pointOf(node),
    })
    return SKIP
  })
  return {
    claims,
    sections: drafts.map(finishSection),
    citationCount: claims.reduce((n, c) => n + c.citations.length, 0),
  }
}

function finishSection(draft: SectionDraft): Section {
  const { times, ...rest } = draft
  const span: readonly [Seconds, Seconds] | null =
    times.length === 0 ? null : [toSeconds(Math.min(...times)), toSeconds(Math.max(...times))]
  return { type: 'section', ...rest, span }
}

function pointOf(node: Element): SourcePoint | null {
  const start =
    node.position?.start ?? node.children.find((child) => child.position)?.position?.start
  return start ? { line: start.line, column: start.column } : null
}
