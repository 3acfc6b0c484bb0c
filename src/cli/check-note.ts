import { basename } from 'node:path'
import { citedSpan } from '../note/cited-span.ts'
import type { Diagnostic } from '../note/model.ts'
import { parseNote } from '../note/parse-note.ts'
import { isPlainPage, pageDiagnostics } from '../library/describe-note.ts'

/** What the content check learned about one note file. */
export interface NoteCheck {
  /** The path as given on the command line (or found under `content/`). */
  readonly file: string
  /** False when the file could not be read; its one diagnostic says why. */
  readonly read: boolean
  readonly title: string | null
  readonly videoId: string | null
  readonly channel: string | null
  readonly claims: number
  /** Every citation read, anchors and bare stamps alike. */
  readonly citations: number
  readonly sections: number
  /** Earliest and latest cited time in seconds, or null when nothing is cited. */
  readonly span: readonly [number, number] | null
  readonly diagnostics: readonly Diagnostic[]
  /** A plain page: markdown without a video and without citations (a topic's own text). */
  readonly page: boolean
  /** Each wikilink written, where it is written, for the check across the library. */
  readonly wikilinks: readonly PlacedWikilink[]
}

/** A wikilink target and the place of its `[[`. */
export interface PlacedWikilink {
  readonly target: string
  readonly line: number
  readonly column: number
}

/** The note's slug: its file name without `.md` (DESIGN §3, deep links). */
export function slugOf(file: string): string {
  return basename(file).replace(/\.md$/i, '')
}

/** Parses one note's source and summarises it for the report. */
export function checkNote(file: string, source: string): NoteCheck {
  const parsed = parseNote(source, { slug: slugOf(file), path: file })
  const { doc } = parsed
  const page = isPlainPage({ file, ...parsed })
  const diagnostics = pageDiagnostics({ file, ...parsed })
  return {
    file,
    read: true,
    title: doc.title,
    videoId: doc.videoId,
    channel: doc.channel,
    claims: doc.claims.length,
    citations: doc.citationCount,
    sections: doc.sections.length,
    span: citedSpan(doc),
    diagnostics,
    page,
    wikilinks: placeWikilinks(
      source,
      doc.wikilinks.map((link) => link.target),
    ),
  }
}

/** Finds each target's `[[` in the source, in the order written, so a report can point at it. */
function placeWikilinks(source: string, targets: readonly string[]): PlacedWikilink[] {
  let from = 0
  return targets.map((target) => {
    const found = source.indexOf(target, from)
    if (found === -1) return { target, line: 1, column: 1 }
    from = found + target.length
    return { target, ...pointAt(source, Math.max(source.lastIndexOf('[[', found), 0)) }
  })
}

function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** A file that could not be read: an error at 1:1 and nothing else. */
export function unreadableNote(file: string, error: unknown): NoteCheck {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    file,
    read: false,
    title: null,
    videoId: null,
    channel: null,
    claims: 0,
    citations: 0,
    sections: 0,
    span: null,
    page: false,
    wikilinks: [],
    diagnostics: [
      {
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-unreadable',
        message: `The file could not be read: ${reason}`,
      },
    ],
  }
}
