// The body of a compile worker (started by compile-pool.ts through
// compile-worker-boot.mjs): loads the markdown pipeline once, then compiles one
// note per message. A note that makes the compiler throw (a YAML alias bomb, a
// nesting too deep for the stack) is answered with the error, never a dead worker.
import { parentPort } from 'node:worker_threads'
import { compileNoteSource } from './compile-notes.ts'
import type { WorkerReply, WorkerRequest } from './compile-protocol.ts'
import { recordNote } from './note-record.ts'

const WARM_UP_NOTE = [
  '---',
  'title: Warm-up',
  'videoId: Zz000000000',
  '---',
  '',
  'From: [[Channel]] <br/>',
  '',
  '## A part about [[Topic | a topic]]',
  '',
  'A claim <a class="yt-timestamp" data-t="0:05">[0:05]</a>, and a bare stamp [0:10].',
  '',
  '*   **Item**: a claim in a list <a class="yt-timestamp" data-t="1:05:00">[1:05:00]</a>.',
  '',
  '> [!note] Aside',
  '> A callout <a class="yt-timestamp" data-t="0:20">[0:20]</a>.',
  '',
  '| A | B |',
  '| --- | --- |',
  '| c | <a class="yt-timestamp" data-t="0:30">[0:30]</a> |',
].join('\n')

const port = parentPort
if (!port)
  throw new Error('compile-worker.ts runs in a worker thread; start it through compile-pool.ts.')

port.on('message', ({ id, source, file }: WorkerRequest) => {
  let reply: WorkerReply
  try {
    reply = { type: 'compiled', id, record: recordNote(compileNoteSource(source, file)) }
  } catch (error) {
    reply = { type: 'threw', id, message: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})

// One small note first, so the pipeline's code is compiled before the first real
// note's time limit starts (a cold first parse takes several times longer).
compileNoteSource(WARM_UP_NOTE, 'warm-up.md')
port.postMessage({ type: 'ready' } satisfies WorkerReply)
