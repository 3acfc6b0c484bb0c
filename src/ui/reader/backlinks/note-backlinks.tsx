import type { ReactNode } from 'react'

/** The claims elsewhere in the library that link to this note. */
export function NoteBacklinks({ slug }: { readonly slug: string }): ReactNode {
  return <section data-backlinks="" data-slug={slug} aria-label="Linked from" />
}
