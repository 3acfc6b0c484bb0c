import type { OwnNote } from '../library/own-note.ts'
import { assignSlugs } from './assign-slugs.ts'
import { refusalByFacts } from './note-file-rules.ts'
import type { ParseClient, StageReport } from './parse-client.ts'
import { rememberSerialised } from './serialised-note.ts'

/** A file to open, with the name it is shown by (its path inside an opened folder). */
export interface NoteSource {
  readonly path: string
  readonly file: File
}

/** A file that was not opened, and why, in words. */
export interface Refusal {
  readonly name: string
  readonly reason: string
}

export interface OpenProgress {
  readonly total: number
  /** Files finished, opened or refused. */
  readonly done: number
  readonly current: { readonly name: string; readonly bytes: number } & Partial<StageReport>
}

export interface OpenResult {
  readonly opened: readonly OwnNote[]
  readonly refused: readonly Refusal[]
  /** The worker's parse time of each opened file (ms). */
  readonly timings: readonly { readonly name: string; readonly parseMs: number }[]
}

interface OpenDeps {
  readonly parser: ParseClient
  /** The library's slug rule (`ownSlugFor`). */
  readonly slugFor: (fileName: string) => string
  readonly onProgress?: (progress: OpenProgress) => void
  readonly now?: () => number
}

/**
 * Opens files as your own notes: files that cannot be notes are refused by
 * their name, type and size before anything is read; the rest are read and
 * parsed in the worker one at a time, and refused there if their bytes are
 * not text. Nothing is sent anywhere.
 */
export async function openOwnNotes(
  sources: readonly NoteSource[],
  { parser, slugFor, onProgress = () => {}, now = Date.now }: OpenDeps,
): Promise<OpenResult> {
  const refused: Refusal[] = []
  const accepted = sources.filter((source) => {
    const reason = refusalByFacts(source.file)
    if (reason !== null) refused.push({ name: source.path, reason })
    return reason === null
  })
  const slugs = assignSlugs(
    accepted.map((s) => s.path),
    slugFor,
  )
  const opened: OwnNote[] = []
  const timings: { name: string; parseMs: number }[] = []
  let done = refused.length
  for (const [i, source] of accepted.entries()) {
    const current = { name: source.path, bytes: source.file.size }
    onProgress({ total: sources.length, done, current })
    const bytes = await source.file.arrayBuffer().catch(() => null)
    const outcome = bytes
      ? await parser.parse({ name: source.path, slug: slugs[i] ?? source.path, bytes }, (report) =>
          onProgress({ total: sources.length, done, current: { ...current, ...report } }),
        )
      : { ok: false as const, reason: 'the browser could not read the file (was it moved?)' }
    done++
    if (!outcome.ok) {
      refused.push({ name: source.path, reason: outcome.reason })
      continue
    }
    const own: OwnNote = { ...outcome.parsed, addedAt: now(), bytes: source.file.size }
    rememberSerialised(own, outcome.stored)
    opened.push(own)
    timings.push({ name: source.path, parseMs: outcome.parseMs })
  }
  return { opened, refused, timings }
}
