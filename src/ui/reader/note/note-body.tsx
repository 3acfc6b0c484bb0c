import { type ComponentProps, memo, type ReactNode, type Ref, useMemo } from 'react'
import type { RootContent } from 'hast'
import type { NoteDocument } from '../../../note/model.ts'
import { CitationChip } from './citation-chip.tsx'
import { ClaimSpan } from './claim-span.tsx'
import { NoteContext, type NoteContextValue } from './note-context.ts'
import { NoteLink } from './note-link.tsx'
import { chunkBlocks, estimateRunHeight, runOfEachClaim } from './note-chunks.ts'
import { type HastComponents, renderHastNodes } from '../../render-hast.tsx'
import { useProgressiveRuns } from '../../use-progressive-runs.ts'
import { useReader } from '../../../store/use-reader.ts'

function Span(props: ComponentProps<'span'>): ReactNode {
  return 'data-claim-id' in props ? <ClaimSpan {...props} /> : <span {...props} />
}

/** The tree's elements that Lockstep renders its own way; the rest are plain HTML. */
const COMPONENTS = { span: Span, button: CitationChip, a: NoteLink } as HastComponents

/**
 * Nodes per run of blocks: the first run is a screenful and more, and one run
 * renders in well under a long task (50 ms) on a slow machine.
 */
const CHUNK_NODES = 800
/** From this many claims on, the note is built a run at a time and its blocks off screen skip layout and paint (`content-visibility`). */
const LONG_NOTE_CLAIMS = 1000

interface NoteBodyProps {
  readonly ref?: Ref<HTMLElement>
  readonly doc: NoteDocument
  readonly linkTo: NoteContextValue['linkTo']
}

/**
 * The note's body, rendered from its sanitised tree (never from an HTML
 * string): claims, citation chips and wikilinks get their own components.
 * A long note is built a run of blocks at a time, the first at once and the
 * rest in later tasks, until every claim is in the DOM (DESIGN §3: find in
 * page, deep links and screen readers see it all).
 */
export function NoteBody({ ref, doc, linkTo }: NoteBodyProps): ReactNode {
  const long = doc.claims.length >= LONG_NOTE_CLAIMS
  // A note of ordinary length is one run: it is all there in the first commit, as it always was.
  const chunks = useMemo(
    () => (long ? chunkBlocks(doc.tree.children, CHUNK_NODES) : [doc.tree.children]),
    [doc, long],
  )
  const runOfClaim = useMemo(() => (long ? runOfEachClaim(chunks) : null), [chunks, long])
  // The claim a link or a key asked to be shown: its run is built first.
  const revealed = useReader((s) => s.reveal?.id ?? null)
  const wanted = revealed === null ? null : (runOfClaim?.get(revealed) ?? null)
  const built = useProgressiveRuns(doc.slug, chunks.length, wanted)
  const context = useMemo(() => ({ linkTo }), [linkTo])
  return (
    <NoteContext value={context}>
      <article
        ref={ref}
        data-note={doc.slug}
        className={`prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-6 prose-li:my-1${long ? ' long-note' : ''}`}
      >
        {chunks.map((blocks, i) =>
          !built(i) ? null : long ? (
            <NoteRun key={i} blocks={blocks} />
          ) : (
            <NoteChunk key={i} blocks={blocks} />
          ),
        )}
      </article>
    </NoteContext>
  )
}

/** One run of blocks; it renders again only when its part of the tree changes. */
const NoteChunk = memo(function NoteChunk({
  blocks,
}: {
  readonly blocks: readonly RootContent[]
}): ReactNode {
  return renderHastNodes(blocks, COMPONENTS)
})

/**
 * A run of a long note's blocks in a box of its own that skips layout and
 * paint while off screen (`.note-run`, src/index.css): a jump to a far claim
 * lays out and paints the run it lands in, and the browser checks a few dozen
 * runs for visibility rather than every block. The box is a plain `div`
 * without a role: headings, lists and claims inside read as they always did.
 */
const NoteRun = memo(function NoteRun({
  blocks,
}: {
  readonly blocks: readonly RootContent[]
}): ReactNode {
  const height = useMemo(() => estimateRunHeight(blocks), [blocks])
  return (
    <div className="note-run" style={{ containIntrinsicBlockSize: `auto ${height}px` }}>
      <NoteChunk blocks={blocks} />
    </div>
  )
})
