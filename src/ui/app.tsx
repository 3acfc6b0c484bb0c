import type { ReactNode } from 'react'
import type { CompiledNote } from '../note/compiled-note.ts'
import { type Audience, AudienceContext } from './audience.ts'
import { MissingNote } from './missing-note.tsx'
import { ReaderPage } from './reader/reader-page.tsx'
import { useHashRoute } from './use-hash-route.ts'

/** The slug the app opens when the link names none. */
export const DEFAULT_SLUG = 'collaboration-between-space-agencies'

interface AppProps {
  readonly library: readonly CompiledNote[]
  /** Who reads: the author (dev server) by default, a reader on a built site. */
  readonly audience?: Audience
}

/** Picks the note the hash names (the default note when it names none) and shows it. */
export function App({ library, audience = 'author' }: AppProps): ReactNode {
  return (
    <AudienceContext value={audience}>
      <RoutedNote library={library} />
    </AudienceContext>
  )
}

function RoutedNote({ library }: { readonly library: readonly CompiledNote[] }): ReactNode {
  const route = useHashRoute()
  const slug = route.slug ?? DEFAULT_SLUG
  const note =
    library.find((n) => n.doc.slug === slug) ?? (route.slug === null ? library[0] : undefined)
  if (!note) return <MissingNote slug={route.slug} library={library} />
  return <ReaderPage key={note.doc.slug} note={note} library={library} route={route} />
}
