import { type ComponentProps, memo, type ReactNode, type Ref, useMemo } from 'react'
import type { RootContent } from 'hast'
import type { NoteDocument } from '../../../note/model.ts'
import { CitationChip } from './citation-chip.tsx'
import { ClaimSpan } from './claim-span.tsx'
import { NoteContext, type NoteContextValue } from './note-context.ts'
import { NoteLink } from './note-link.tsx'
import { chunkBlocks } from './note-chunks.ts'
import { type HastComponents, renderHastNodes } from '../../render-hast.tsx'
import { useProgressiveCount } from '../../use-progressive-count.ts'

function Span(props: ComponentProps<'span'>): ReactNode {
  return 'data-claim-id' in props ? <ClaimSpan {...props} /> : <span {...props} />
}

/** The tree's elements that Lockstep renders its own way; the rest are plain HTML. */
const COMPONENTS = { span: Span, button: CitationChip, a: NoteLink } as HastComponents

/**
 * Nodes per run of blocks: the first run is a screenful and more, and one run
 * renders in well under a long task (50 ms) on a slow machine.
 */
const CHUNK_NODES = 3000
/** From this many claims on, blocks off screen skip layout and paint (`content-visibility`). */
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
  const chunks = useMemo(() => chunkBlocks(doc.tree.children, CHUNK_NODES), [doc])
  const shown = useProgressiveCount(doc.slug, chunks.length, 1, 1)
  const context = useMemo(() => ({ linkTo }), [linkTo])
  const long = doc.claims.length >= LONG_NOTE_CLAIMS
  return (
    <NoteContext value={context}>
      <article
        ref={ref}
        data-note={doc.slug}
        className={`prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-6 prose-li:my-1${long ? ' long-note' : ''}`}
      >
        {chunks.slice(0, shown).map((blocks, i) => (
          <NoteChunk key={i} blocks={blocks} />
        ))}
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
