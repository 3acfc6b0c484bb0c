import { type ReactNode, useEffect, useMemo, useState } from 'react'
import type { Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { CompiledNote } from '../../note/compiled-note.ts'
import { useLibraryStore } from '../library-context.ts'
import { NoteContext } from '../reader/note/note-context.ts'
import { NoteLink } from '../reader/note/note-link.tsx'
import { type HastComponents, renderHast } from '../render-hast.tsx'
import { useLinkTo } from '../use-link-to.ts'

/** A page's wikilinks route as a note's do. */
const COMPONENTS = { a: NoteLink } as HastComponents

/** A plain page's own text, rendered from its sanitised tree, loaded when the topic opens. */
export function PageText({
  slug,
  title,
}: {
  readonly slug: string
  /** The topic's heading, already shown: a page opening with the same `# Title` does not repeat it. */
  readonly title: string
}): ReactNode {
  const store = useLibraryStore()
  const linkTo = useLinkTo()
  const [page, setPage] = useState<{
    slug: string
    note: CompiledNote | null
    failed: boolean
  } | null>(null)
  useEffect(() => {
    let live = true
    store
      .getState()
      .loadNote(slug)
      .then(
        (note) => live && setPage({ slug, note, failed: false }),
        () => live && setPage({ slug, note: null, failed: true }),
      )
    return () => {
      live = false
    }
  }, [store, slug])
  const body = useMemo(
    () =>
      page?.note && page.slug === slug
        ? renderHast(withoutTitle(page.note.doc.tree, title), COMPONENTS)
        : null,
    [page, slug, title],
  )
  const context = useMemo(() => ({ linkTo }), [linkTo])
  if (page?.failed)
    return (
      <p role="alert" className="mt-4 text-sm text-red-800 dark:text-red-300">
        This topic’s own page could not be loaded.
      </p>
    )
  if (!body) return <div className="mt-4 h-16" aria-busy="true" />
  return (
    <NoteContext value={context}>
      <div data-topic-text="" className="prose prose-slate mt-4 max-w-none dark:prose-invert">
        {body}
      </div>
    </NoteContext>
  )
}

/** The tree without its first heading when that is a level-1 heading saying `title`. */
function withoutTitle(tree: Root, title: string): Root {
  const first = tree.children.findIndex((n) => n.type !== 'text' || n.value.trim() !== '')
  const node = tree.children[first]
  if (node?.type !== 'element' || node.tagName !== 'h1') return tree
  if (toString(node).trim().toLowerCase() !== title.trim().toLowerCase()) return tree
  return { ...tree, children: tree.children.filter((_, i) => i !== first) }
}
