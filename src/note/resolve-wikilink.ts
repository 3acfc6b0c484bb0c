import { slugify } from './slugify.ts'

export interface NoteName {
  readonly slug: string
  readonly title: string
}

/**
 * Finds the note a wikilink names: by slug, then by the slug of its title,
 * comparing both sides as slugs so `Curve Finance` finds `curve-finance` and
 * `curve_finance`. Null when no note has that name.
 */
export function resolveWikilink(target: string, notes: readonly NoteName[]): string | null {
  const wanted = slugify(target)
  if (wanted === '') return null
  const bySlug = notes.find((note) => note.slug === target || slugify(note.slug) === wanted)
  const byTitle = notes.find((note) => slugify(note.title) === wanted)
  return (bySlug ?? byTitle)?.slug ?? null
}
