// The Web Worker that reads the files the reader opens: the same markdown
// pipeline as the build, off the page's thread. Loaded only when a file is
// opened; see parse-protocol.ts for the messages.
// First: the parser's entity decoder needs it when its module loads.
import './worker-document-shim.ts'
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

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void
  postMessage(message: ParseReply): void
}

const scope = self as unknown as WorkerScope

/** A worker posts to the page that made it: there is no origin to name. */
function post(reply: ParseReply): void {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply)
}

scope.addEventListener('message', ({ data }) => {
  try {
    readNote(data)
  } catch (error) {
    post({
      type: 'failed',
      id: data.id,
      message: error instanceof Error ? error.message : String(error),
    })
  }
})

function readNote({ id, name, slug, bytes }: ParseRequest): void {
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
