import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { CompileJob, CompileOutcome, WorkerReply, WorkerRequest } from './compile-protocol.ts'

/** The worker's first module registers tsx, then loads the TypeScript entry (see the .mjs). */
const BOOT_URL = new URL('./compile-worker-boot.mjs', import.meta.url)
const ENTRY_URL = new URL('./compile-worker.ts', import.meta.url).href

/** A pool of compile workers. */
export interface CompilePool {
  /**
   * Compiles one note in a worker. Resolves with the outcome, whatever the note
   * does; rejects only when no worker can start or the pool is closed.
   * An urgent job (the note a reader is waiting for) jumps the queue.
   */
  run(job: CompileJob, options?: { readonly urgent?: boolean }): Promise<CompileOutcome>
  /** Moves a queued job (the same object given to `run`) to the front of the queue. */
  promote(job: CompileJob): void
  /** Starts one worker ahead of the first job, so that job does not wait for its start-up. */
  warmUp(): void
  /** Stops every worker; queued and running jobs reject. */
  close(): Promise<void>
}

export interface CompilePoolOptions {
  /** Most workers at once; defaults to the cores available, at most 4. */
  readonly size?: number
  /** Milliseconds one note may take, counted from when a ready worker receives it. */
  readonly timeLimitMs: number
}

/** min(cores, 4), at least 1: enough to keep a build busy without starving the bundler. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 4))
}

interface Pending {
  readonly id: number
  readonly job: CompileJob
  readonly resolve: (outcome: CompileOutcome) => void
  readonly reject: (error: Error) => void
}

interface Slot {
  readonly worker: Worker
  ready: boolean
  current: { readonly pending: Pending; readonly timer: NodeJS.Timeout } | null
}

/**
 * Starts workers lazily, up to `size`, and gives each one note at a time. A
 * note past the time limit has its worker terminated (the only way to stop a
 * synchronous parse) and a fresh one takes its place. Idle workers are unref'd,
 * so a forgotten pool never keeps the process alive.
 */
export function createCompilePool(options: CompilePoolOptions): CompilePool {
  const size = options.size ?? defaultPoolSize()
  const queue: Pending[] = []
  const slots = new Set<Slot>()
  let nextId = 0
  let closed = false

  const pump = () => {
    for (const slot of slots) {
      const next = slot.ready && !slot.current ? queue.shift() : undefined
      if (next) start(slot, next)
    }
    const starting = [...slots].filter((slot) => !slot.ready).length
    const wanted = closed ? 0 : Math.min(queue.length - starting, size - slots.size)
    for (let i = 0; i < wanted; i++) spawn()
    for (const slot of slots) if (slot.ready && !slot.current) slot.worker.unref()
  }

  const start = (slot: Slot, pending: Pending) => {
    const timer = setTimeout(() => {
      retire(slot)
      void slot.worker.terminate()
      pending.resolve({ type: 'timed-out' })
      pump()
    }, options.timeLimitMs)
    slot.current = { pending, timer }
    slot.worker.ref()
    const request: WorkerRequest = { id: pending.id, ...pending.job }
    // A worker thread's port, not a window: there is no origin to name.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    slot.worker.postMessage(request)
  }

  const finish = (slot: Slot, outcome: CompileOutcome) => {
    const current = slot.current
    if (!current) return
    clearTimeout(current.timer)
    slot.current = null
    current.pending.resolve(outcome)
    pump()
  }

  /** Takes a slot out of the pool; its running job, if any, is the caller's to settle. */
  const retire = (slot: Slot) => {
    if (slot.current) clearTimeout(slot.current.timer)
    slot.current = null
    slots.delete(slot)
  }

  const spawn = () => {
    const worker = new Worker(BOOT_URL, { workerData: { entry: ENTRY_URL } })
    const slot: Slot = { worker, ready: false, current: null }
    slots.add(slot)
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true
        pump()
      } else if (slot.current?.pending.id === reply.id) {
        finish(slot, reply.type === 'compiled' ? reply : { type: 'threw', message: reply.message })
      }
    })
    // An uncaught error or an exit: out of memory, a crash, or a worker that never started.
    const die = (message: string) => {
      if (!slots.has(slot)) return
      const running = slot.current?.pending
      const wasReady = slot.ready
      retire(slot)
      if (running) running.resolve({ type: 'threw', message })
      else if (!wasReady) failQueue(new Error(`A note compile worker could not start: ${message}`))
      pump()
    }
    worker.on('error', (error) => die(error.message))
    worker.on('exit', (code) => die(`the compile worker exited with code ${code}`))
  }

  const failQueue = (error: Error) => {
    for (const pending of queue.splice(0)) pending.reject(error)
  }

  return {
    run(job, runOptions = {}) {
      if (closed) return Promise.reject(new Error('The compile pool is closed.'))
      return new Promise<CompileOutcome>((resolve, reject) => {
        const pending = { id: nextId++, job, resolve, reject }
        if (runOptions.urgent) queue.unshift(pending)
        else queue.push(pending)
        pump()
      })
    },
    promote(job) {
      const index = queue.findIndex((pending) => pending.job === job)
      if (index > 0) queue.unshift(...queue.splice(index, 1))
    },
    warmUp() {
      if (!closed && slots.size === 0) spawn()
    },
    async close() {
      closed = true
      const error = new Error('The compile pool is closed.')
      failQueue(error)
      const stopping = [...slots].map((slot) => {
        const running = slot.current?.pending
        retire(slot)
        running?.reject(error)
        return slot.worker.terminate()
      })
      await Promise.all(stopping)
    },
  }
}
