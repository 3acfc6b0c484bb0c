import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { tidyText } from '../note/claim-node.ts'
import { LATE_WITHOUT_DURATION } from '../note/classify-stamps.ts'
import type { CompiledNote } from '../note/compiled-note.ts'
import type { NoteDocument } from '../note/model.ts'
import { classifyNoteStamps, readStampsAsMinutes } from '../note/read-stamps-as-minutes.ts'
import { toSeconds } from '../time/seconds.ts'
import type {
  LibraryEntry,
  LibraryRecord,
  LinkRecord,
  NoteOrigin,
  SearchDoc,
} from './library-entry.ts'

/** Link texts longer than this are cut at a word, with an ellipsis. */
const EXCERPT_LENGTH = 220

/**
 * Markdown without a video and without citations is a plain page (a topic's
 * own text), not a note with a problem; but one with errors is shown as a note,
 * so its problems are seen.
 */
export function isPlainPage(note: CompiledNote): boolean {
  const { doc } = note
  return (
    doc.videoId === null &&
    !('videoId' in doc.frontmatter) &&
    doc.citationCount === 0 &&
    // A note that could not be read at all (its compile failed) shows as a note: its problems first.
    !note.diagnostics.some((d) => d.severity === 'error')
  )
}

/** The rule ids that only matter for a video note, and mean nothing for a plain page. */
const VIDEO_ONLY_RULES = new Set(['video-id-missing', 'frontmatter-missing'])

/** A plain page's diagnostics without the ones that only a video note could have. */
export function pageDiagnostics(note: CompiledNote): CompiledNote['diagnostics'] {
  return isPlainPage(note)
    ? note.diagnostics.filter((d) => !VIDEO_ONLY_RULES.has(d.rule))
    : note.diagnostics
}

/** Everything the library keeps of a compiled note: its manifest row, its links, its searchable claims. */
export function describeNote(note: CompiledNote, origin: NoteOrigin, src: string): LibraryRecord {
  const doc = asTheReaderWillRead(note.doc)
  const seconds = doc.claims.flatMap((claim) => claim.citations.map((c) => c.seconds))
  const entry: LibraryEntry = {
    slug: doc.slug,
    kind: isPlainPage(note) ? 'page' : 'note',
    origin,
    title: doc.title,
    channel: doc.channel,
    videoId: doc.videoId,
    file: note.file,
    claims: doc.claims.length,
    citations: doc.citationCount,
    span: seconds.length === 0 ? null : [Math.min(...seconds), Math.max(...seconds)],
    headings: doc.sections.filter((s) => s.depth > 0).map((s) => s.title),
    errors: pageDiagnostics(note).filter((d) => d.severity === 'error').length,
    src,
  }
  const sectionTitle = new Map(
    doc.sections.flatMap((section) => section.claimIds.map((id) => [id, section.title] as const)),
  )
  const searchDocs: SearchDoc[] = doc.claims.map((claim) => ({
    id: `${doc.slug}#${claim.id}`,
    slug: doc.slug,
    claimId: claim.id,
    seconds: claim.citations[0]?.seconds ?? 0,
    noteTitle: doc.title,
    section: sectionTitle.get(claim.id) ?? doc.title,
    text: claim.text,
  }))
  return { entry, links: collectLinks({ ...note, doc }, sectionTitle), searchDocs }
}

/**
 * The times the library shows are the ones the reader will show: a note
 * whose late stamps are `MM:SS` written as `HH:MM:SS` (DESIGN §2) is read as
 * minutes, as the checker suggests and the reader does once it knows the
 * video. Claim ids do not change, so links into the note still find their claim.
 */
function asTheReaderWillRead(doc: NoteDocument): NoteDocument {
  if (doc.timestampMode === 'mm:ss') return doc
  const reading = classifyNoteStamps(doc, toSeconds(LATE_WITHOUT_DURATION))
  return reading.type === 'minutes-as-hours' ? readStampsAsMinutes(doc, reading.field) : doc
}

/**
 * Every wikilink of the note's tree with the claim (or prose block) it sits in.
 * Walks the sanitised tree the reader renders, so what is listed is what is shown.
 */
function collectLinks(note: CompiledNote, sectionOf: ReadonlyMap<string, string>): LinkRecord[] {
  const { doc } = note
  const claims = new Map(doc.claims.map((c) => [c.id as string, c]))
  const found: LinkRecord[] = []
  let section = doc.title
  // A block is read once, not once a link in it (10,000 wikilinks in one paragraph took minutes).
  const blockExcerpts = new Map<Element, string>()
  const blockExcerpt = (node: Element) => {
    let text = blockExcerpts.get(node)
    if (text === undefined) blockExcerpts.set(node, (text = excerpt(textOf(node))))
    return text
  }
  const walk = (node: Root | Element, block: Element | null, claim: Element | null) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'element') continue
      if (/^h[1-6]$/.test(child.tagName)) section = toString(child).trim() || section
      const isBlock = BLOCKS.has(child.tagName)
      const claimId = child.properties['dataClaimId']
      const inClaim = typeof claimId === 'string' ? child : claim
      const target = child.properties['dataWikilink']
      if (typeof target === 'string') {
        const id = inClaim ? String(inClaim.properties['dataClaimId']) : null
        const claimText = id === null ? undefined : claims.get(id)?.text
        found.push({
          from: doc.slug,
          target,
          claimId: id,
          seconds: id === null ? null : (claims.get(id)?.citations[0]?.seconds ?? null),
          text: claimText === undefined ? blockExcerpt(block ?? child) : excerpt(claimText),
          section: id === null ? section : (sectionOf.get(id) ?? section),
        })
        continue
      }
      walk(child, isBlock ? child : block, inClaim)
    }
  }
  walk(doc.tree, null, null)
  return found
}

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'div',
])

/** A claim's or block's words without its citation chips. */
function textOf(node: Element): string {
  return tidyText(toString(withoutChips(node)))
}

function withoutChips(node: Element): Element {
  const children = node.children
    .filter((c) => !isChip(c))
    .map((c) => (c.type === 'element' ? withoutChips(c) : c))
  return { ...node, children }
}

function isChip(node: ElementContent): boolean {
  return node.type === 'element' && node.properties['dataCitation'] !== undefined
}

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text
  const cut = text.slice(0, EXCERPT_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > EXCERPT_LENGTH * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
