import type { Seconds } from '../time/seconds.ts'
import { parseYouTubeTime } from '../time/timestamp.ts'

/** Where the hash points: `#/n/<slug>?t=<time>&claim=<id>` (DESIGN §3). */
export interface Route {
  readonly slug: string | null
  readonly t: Seconds | null
  readonly claim: string | null
}

export function parseRoute(hash: string): Route {
  const match = /^#?\/n\/([^?]*)(?:\?(.*))?$/.exec(hash)
  if (!match) return { slug: null, t: null, claim: null }
  const params = new URLSearchParams(match[2] ?? '')
  const t = params.get('t')
  return {
    slug: safeDecode(match[1] ?? '') || null,
    t: t === null ? null : parseYouTubeTime(t),
    claim: params.get('claim'),
  }
}

export function noteHref(slug: string): string {
  return `#/n/${encodeURIComponent(slug)}`
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A deep link to a claim of a note: `#/n/<slug>?claim=<id>`. */
export function claimLink(slug: string, claimId: string): string {
  return `${noteHref(slug)}?claim=${encodeURIComponent(claimId)}`
}

/** Every page of the app: the library, a note, or a topic (DESIGN §3b). */
export type AppRoute =
  | { readonly kind: 'library' }
  | ({ readonly kind: 'note'; readonly slug: string } & Omit<Route, 'slug'>)
  | { readonly kind: 'topic'; readonly target: string }

/** `#/` (or no hash) is the library, `#/n/<slug>` a note, `#/t/<target>` a topic. */
export function parseAppRoute(hash: string): AppRoute {
  const topic = /^#?\/t\/([^?]*)/.exec(hash)
  if (topic) {
    const target = safeDecode(topic[1] ?? '').trim()
    return target === '' ? { kind: 'library' } : { kind: 'topic', target }
  }
  const note = parseRoute(hash)
  if (note.slug === null) return { kind: 'library' }
  return { kind: 'note', slug: note.slug, t: note.t, claim: note.claim }
}

export const LIBRARY_HREF = '#/'

/** The page of a topic: its own text if the vault has it, and every claim that links to it. */
export function topicHref(target: string): string {
  return `#/t/${encodeURIComponent(target)}`
}
