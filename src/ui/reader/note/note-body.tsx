import { type ComponentProps, type ReactNode, type Ref, useMemo } from 'react'
import type { NoteDocument } from '../../../note/model.ts'
import { CitationChip } from './citation-chip.tsx'
import { ClaimSpan } from './claim-span.tsx'
import { NoteContext, type NoteContextValue } from './note-context.ts'
import { NoteLink } from './note-link.tsx'
import { type HastComponents, renderHast } from '../../render-hast.tsx'

function Span(props: ComponentProps<'span'>): ReactNode {
  return 'data-claim-id' in props ? <ClaimSpan {...props} /> : <span {...props} />
}

/** The tree's elements that Lockstep renders its own way; the rest are plain HTML. */
const COMPONENTS = { span: Span, button: CitationChip, a: NoteLink } as HastComponents

interface NoteBodyProps {
  readonly ref?: Ref<HTMLElement>
  readonly doc: NoteDocument
  readonly linkTo: NoteContextValue['linkTo']
}

/**
 * The note's body, rendered from its sanitised tree (never from an HTML
 * string): claims, citation chips and wikilinks get their own components.
 */
export function NoteBody({ ref, doc, linkTo }: NoteBodyProps): ReactNode {
  const body = useMemo(() => renderHast(doc.tree, COMPONENTS), [doc])
  const context = useMemo(() => ({ linkTo }), [linkTo])
  return (
    <NoteContext value={context}>
      <article
        ref={ref}
        data-note={doc.slug}
        className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-6 prose-li:my-1"
      >
        {body}
      </article>
    </NoteContext>
  )
}
