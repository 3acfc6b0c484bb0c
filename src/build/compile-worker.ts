// The body of a compile worker (started by compile-pool.ts through
// compile-worker-boot.mjs): loads the markdown pipeline once, then compiles one
// note per message. A note that makes the compiler throw (a YAML alias bomb, a
// nesting too deep for the stack) is answered with the error, never a dead worker.
import { parentPort } from 'node:worker_threads'
import { compileNoteSource } from './compile-notes.ts'
import type { WorkerReply, WorkerRequest } from './compile-protocol.ts'
import { recordNote } from './note-record.ts'

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

port.postMessage({ type: 'ready' } satisfies WorkerReply)
