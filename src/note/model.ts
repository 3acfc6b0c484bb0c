import type { Root as HastRoot } from 'hast'
import type { Seconds } from '../time/seconds.ts'

/** A claim's stable id: `t<seconds of its first citation>`, then `-2`, `-3`… for repeats. */
export type ClaimId = string & { readonly __brand: 'ClaimId' }

/** A YouTube video id: 11 characters of [A-Za-z0-9_-]. */
export type VideoId = string & { readonly __brand: 'VideoId' }

export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/

export function isVideoId(value: unknown): value is VideoId {
  return typeof value === 'string' && VIDEO_ID_PATTERN.test(value)
}

/** Where something sits in the note's source, 1-based like editors show it. */
export interface SourcePoint {
  readonly line: number
  readonly column: number
}

export interface Citation {
  readonly seconds: Seconds
  /** Whether it was written as a bare `[T]` stamp rather than an anchor. */
  readonly bare: boolean
  readonly place: SourcePoint | null
}

export interface Claim {
  readonly type: 'claim'
  readonly id: ClaimId
  /** Position in reading order, 0-based. */
  readonly index: number
  /** Citations in the order they are written; never empty. */
  readonly citations: readonly Citation[]
  /** The claim's words without its citation chips, whitespace collapsed. */
  readonly text: string
  /** Index into `NoteDocument.sections`. */
  readonly section: number
  readonly place: SourcePoint | null
}

export interface Section {
  readonly type: 'section'
  /** Stable within a note: `intro` for the part before the first heading, else a slug of the heading. */
  readonly id: string
  readonly title: string
  /** Heading rank 1–6; 0 for the intro. */
  readonly depth: number
  readonly claimIds: readonly ClaimId[]
  /** Earliest and latest time the section's own claims cite, or null when it cites nothing. */
  readonly span: readonly [Seconds, Seconds] | null
  readonly place: SourcePoint | null
}

export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Diagnostic {
  readonly line: number
  readonly column: number
  readonly severity: Severity
  /** A short kebab-case rule id, e.g. `citation-unreadable`. */
  readonly rule: string
  readonly message: string
}

export interface Wikilink {
  readonly target: string
  readonly label: string
}

/** How the note's `HH:MM:SS` stamps are to be read. */
export type TimestampMode = 'auto' | 'mm:ss'

export interface NoteDocument {
  readonly type: 'note'
  readonly slug: string
  readonly title: string
  readonly videoId: VideoId | null
  readonly channel: string | null
  readonly timestampMode: TimestampMode
  /** Every frontmatter field as written, known or not. */
  readonly frontmatter: Readonly<Record<string, unknown>>
  /** The sanitised body: claims are `span[data-claim-id]`, citations `button[data-citation]`. */
  readonly tree: HastRoot
  readonly claims: readonly Claim[]
  readonly sections: readonly Section[]
  readonly wikilinks: readonly Wikilink[]
  /** Every citation read, anchors and bare stamps alike. */
  readonly citationCount: number
}

export interface ParseResult {
  readonly doc: NoteDocument
  readonly diagnostics: readonly Diagnostic[]
}
