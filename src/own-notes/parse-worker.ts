// The Web Worker that reads the files the reader opens: the same markdown
// pipeline as the build, off the page's thread. Loaded only when a file is
// opened; see parse-protocol.ts for the messages.
// First, for its side effect: the parser's entity decoder needs it when its module loads.
// oxlint-disable-next-line import/no-unassigned-import
import './worker-document-shim.ts'
import type { ParseReply, ParseRequest } from './parse-protocol.ts'
import { readNoteJob } from './read-note-job.ts'

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
    readNoteJob(data, post)
  } catch (error) {
    post({
      type: 'failed',
      id: data.id,
      message: error instanceof Error ? error.message : String(error),
    })
  }
})
