// A stand-in for the parse worker: the same job, run after a tick on this
// thread, its replies cloned as postMessage would. A test can make it hang.
import type { ParseReply, ParseRequest } from '../../src/own-notes/parse-protocol.ts'
import type { WorkerLike } from '../../src/own-notes/parse-client.ts'
import { readNoteJob } from '../../src/own-notes/read-note-job.ts'

type Listener = (event: never) => void

export interface FakeWorker extends WorkerLike {
  readonly terminated: boolean
  readonly requests: ParseRequest[]
}

export function fakeParseWorker({ hang = false } = {}): FakeWorker {
  const listeners = { message: new Set<Listener>(), error: new Set<Listener>() }
  const requests: ParseRequest[] = []
  let terminated = false
  const worker = {
    get terminated() {
      return terminated
    },
    requests,
    postMessage(request: ParseRequest) {
      requests.push(request)
      if (hang) return
      setTimeout(() => {
        readNoteJob(request, (reply: ParseReply) => {
          if (terminated) return
          const data = structuredClone(reply)
          for (const listener of listeners.message) listener({ data } as never)
        })
      })
    },
    terminate() {
      terminated = true
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].add(listener)
    },
    removeEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].delete(listener)
    },
  }
  return worker as FakeWorker
}
