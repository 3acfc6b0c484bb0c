import {
  PART_KEYS,
  type PartKey,
  type ParseReply,
  type ParseRequest,
  type ParseStage,
  type ParsedNote,
  withPartArrays,
} from './parse-protocol.ts'

/** What the page needs of a Worker: a test gives a fake. */
export interface WorkerLike {
  postMessage(message: ParseRequest, transfer: Transferable[]): void
  terminate(): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseReply>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent<ParseReply>) => void): void
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
}

export interface ParseJob {
  /** The file's name, or its path inside an opened folder. */
  readonly name: string
  readonly slug: string
  readonly bytes: ArrayBuffer
}

export type ParseOutcome =
  | {
      readonly ok: true
      readonly parsed: ParsedNote
      readonly stored: Blob
      readonly parseMs: number
    }
  | { readonly ok: false; readonly reason: string }

export interface StageReport {
  readonly stage: ParseStage
  readonly done: number
  readonly total: number
}

export interface ParseClient {
  parse(job: ParseJob, onStage?: (report: StageReport) => void): Promise<ParseOutcome>
  /** Stops the worker; the next parse starts another. */
  dispose(): void
}

/**
 * How long a file may take to parse before the worker is stopped: 20 s, and
 * 30 s more per MB, since the parser is linear and a slow phone is slow.
 */
export function timeLimitFor(bytes: number): number {
  return 20_000 + (30_000 * bytes) / (1024 * 1024)
}

interface ClientOptions {
  readonly spawn?: () => WorkerLike
  readonly timeLimit?: (bytes: number) => number
}

function spawnParseWorker(): WorkerLike {
  return new Worker(new URL('./parse-worker.ts', import.meta.url), {
    type: 'module',
    name: 'lockstep-parse',
  }) as WorkerLike
}

/**
 * Parses files in a worker, one at a time. A file that takes longer than its
 * time limit (an alias bomb, pathological nesting) has its worker stopped and
 * is reported as too slow; the next file gets a fresh worker.
 */
export function createParseClient({
  spawn = spawnParseWorker,
  timeLimit = timeLimitFor,
}: ClientOptions = {}): ParseClient {
  let worker: WorkerLike | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()

  const stop = () => {
    worker?.terminate()
    worker = null
  }

  const run = (job: ParseJob, onStage: (report: StageReport) => void) =>
    new Promise<ParseOutcome>((resolve) => {
      const id = nextId++
      const active = (worker ??= spawn())
      const arrays = Object.fromEntries(PART_KEYS.map((key) => [key, [] as unknown[]])) as Record<
        PartKey,
        unknown[]
      >
      let head: Extract<ParseReply, { type: 'result' }> | null = null
      let received = 0
      const finish = (outcome: ParseOutcome) => {
        clearTimeout(timer)
        active.removeEventListener('message', onMessage)
        active.removeEventListener('error', onError)
        resolve(outcome)
      }
      const limit = timeLimit(job.bytes.byteLength)
      const timer = setTimeout(() => {
        stop()
        finish({
          ok: false,
          reason: `took longer than ${Math.round(limit / 1000)} s to read, so Lockstep stopped (is it very large, or deeply nested?)`,
        })
      }, limit)
      const onError = (event: ErrorEvent) => {
        event.preventDefault()
        stop()
        finish({
          ok: false,
          reason: `Lockstep’s reader failed on it (${event.message || 'the worker stopped'})`,
        })
      }
      const onMessage = ({ data }: MessageEvent<ParseReply>) => {
        if (data.id !== id) return
        switch (data.type) {
          case 'progress':
            onStage(data)
            return
          case 'refused':
            return finish({ ok: false, reason: data.reason })
          case 'failed':
            return finish({ ok: false, reason: `Lockstep could not read it (${data.message})` })
          case 'result':
            clearTimeout(timer) // parsed: what is left is only the handing over
            head = data
            return
          case 'part':
            arrays[data.key].push(...data.items)
            received++
            return
          case 'end':
            if (!head) return finish({ ok: false, reason: 'the reader sent no note' })
            onStage({ stage: 'sending', done: received, total: head.parts })
            return finish({
              ok: true,
              parsed: withPartArrays(head.skeleton, arrays),
              stored: head.stored,
              parseMs: head.parseMs,
            })
        }
      }
      active.addEventListener('message', onMessage)
      active.addEventListener('error', onError)
      active.postMessage({ type: 'parse', id, name: job.name, slug: job.slug, bytes: job.bytes }, [
        job.bytes,
      ])
    })

  return {
    parse(job, onStage = () => {}) {
      const result = queue.then(() => run(job, onStage))
      queue = result
      return result
    },
    dispose: stop,
  }
}
