import { describeNote } from '../library/describe-note.ts'
import { compileNote } from '../note/compile-note.ts'
import { noteHref } from '../ui/route.ts'
import { decodeNoteBytes } from './note-file-rules.ts'
import {
  PART_KEYS,
  type ParseReply,
  type ParseRequest,
  type ParseStage,
  type ParsedNote,
  partArrays,
  withPartArrays,
} from './parse-protocol.ts'
import { splitIntoParts } from './split-parts.ts'

/**
 * The worker's work on one file, posting each reply as it goes: stages,
 * then a refusal, or the note in parts (see parse-protocol.ts). Throws only
 * on a bug; the worker reports that as `failed`.
 */
export function readNoteJob(
  { id, name, slug, bytes }: ParseRequest,
  post: (reply: ParseReply) => void,
): void {
  const stage = (at: ParseStage, done = 0, total = 1) =>
    post({ type: 'progress', id, stage: at, done, total })
  const started = performance.now()
  stage('checking')
  const decoded = decodeNoteBytes(new Uint8Array(bytes))
  if (!decoded.ok) {
    post({ type: 'refused', id, reason: decoded.reason })
    return
  }
  stage('parsing')
  const note = compileNote(decoded.text, { slug, file: name, wikilinkHref: noteHref })
  const parseMs = performance.now() - started
  stage('describing')
  const parsed: ParsedNote = { note, record: describeNote(note, 'own', slug) }
  const stored = new Blob([JSON.stringify(parsed)], { type: 'application/json' })
  const arrays = partArrays(parsed)
  const empty = Object.fromEntries(PART_KEYS.map((key) => [key, []])) as Record<
    (typeof PART_KEYS)[number],
    never[]
  >
  const parts = PART_KEYS.flatMap((key) =>
    splitIntoParts(arrays[key]).map((items) => ({ key, items })),
  )
  post({
    type: 'result',
    id,
    skeleton: withPartArrays(parsed, empty),
    parts: parts.length,
    parseMs,
    stored,
  })
  parts.forEach(({ key, items }, done) => {
    post({ type: 'part', id, key, items })
    if (done % 8 === 7) stage('sending', done + 1, parts.length)
  })
  post({ type: 'end', id })
}
