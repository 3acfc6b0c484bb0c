import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { cacheKey, createCompileCache } from './compile-cache.ts'
import type { CompileJob, CompileOutcome } from './compile-protocol.ts'
import { createCompilePool, type CompilePool } from './compile-pool.ts'
import { compilerVersion } from './compiler-version.ts'
import { failedNote } from './failed-note.ts'
import { recordNote, type NoteRecord } from './note-record.ts'

/** Compiles note files through the cache and the worker pool. */
export interface NoteCompiler {
  /** One note's record; `urgent` puts it ahead of notes compiled for the manifest. */
  compile(path: string, options?: { readonly urgent?: boolean }): Promise<NoteRecord>
  /** Every note's record, in the order given. */
  compileAll(paths: readonly string[]): Promise<NoteRecord[]>
  /** Drops a file's record from memory (its disk entry is keyed by content and stays valid). */
  forget(path: string): void
  /** The records in memory now, by absolute path. */
  remembered(): ReadonlyMap<string, NoteRecord>
  /** Starts a worker now (the dev server does, so the first note asked for need not wait for one). */
  warmUp(): void
  /** Where each record came from so far: for tests and benchmarks. */
  stats(): CompileStats
  close(): Promise<void>
}

export interface CompileStats {
  readonly memory: number
  readonly disk: number
  readonly compiled: number
}

export interface NoteCompilerOptions {
  /** Paths in records are relative to this folder. */
  readonly root: string
  readonly cacheDir: string
  /** Milliseconds a note may take before it is stopped; default 10 s. */
  readonly timeLimitMs?: number
  readonly poolSize?: number
}

/** The default time limit for one note (DESIGN §7). */
export const DEFAULT_TIME_LIMIT_MS = 10_000

/**
 * Memory first (valid until `forget`), then the disk cache by content key,
 * then a worker. A note that throws or runs out of time becomes an error
 * page; the first is cached like any note, a timeout only in memory, since
 * a busy machine may finish it next time.
 */
export function createNoteCompiler(options: NoteCompilerOptions): NoteCompiler {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
  const cache = createCompileCache(options.cacheDir)
  const memory = new Map<string, NoteRecord>()
  const running = new Map<string, Promise<NoteRecord>>()
  /** The jobs handed to the pool and not finished, by path: a note a reader asks for is moved ahead. */
  const queued = new Map<string, CompileJob>()
  const counts = { memory: 0, disk: 0, compiled: 0 }
  let pool: CompilePool | null = null

  const workers = () =>
    (pool ??= createCompilePool({ timeLimitMs, ...sizeOption(options.poolSize) }))

  const compileFresh = async (path: string, urgent: boolean): Promise<NoteRecord> => {
    const file = relative(options.root, path)
    const source = readSource(path)
    if (typeof source === 'string')
      return recordNote(
        failedNote(file, 'note-compile-failed', `The note could not be read: ${source}`),
      )
    const key = cacheKey(source, file, compilerVersion())
    const cached = cache.read(key)
    if (cached) {
      counts.disk++
      return cached
    }
    counts.compiled++
    const job = { source: source.toString('utf8'), file }
    queued.set(path, job)
    const outcome = await workers()
      .run(job, { urgent })
      .finally(() => queued.delete(path))
    const record = recordOutcome(file, outcome, timeLimitMs)
    if (outcome.type !== 'timed-out') cache.write(key, record)
    return record
  }

  const compile = (path: string, urgent = false): Promise<NoteRecord> => {
    const remembered = memory.get(path)
    if (remembered) {
      counts.memory++
      return Promise.resolve(remembered)
    }
    let pending = running.get(path)
    const job = queued.get(path)
    if (pending && urgent && job) pool?.promote(job)
    if (!pending) {
      pending = compileFresh(path, urgent).then((record) => {
        // A note edited while it compiled was forgotten meanwhile: keep only the current run's result.
        if (running.get(path) === pending) {
          running.delete(path)
          memory.set(path, record)
        }
        return record
      })
      pending.catch(() => running.delete(path))
      running.set(path, pending)
    }
    return pending
  }

  return {
    compile: (path, compileOptions = {}) => compile(path, compileOptions.urgent ?? false),
    compileAll: (paths) => Promise.all(paths.map((path) => compile(path))),
    forget(path) {
      memory.delete(path)
      running.delete(path)
    },
    remembered: () => memory,
    warmUp: () => workers().warmUp(),
    stats: () => ({ ...counts }),
    async close() {
      await pool?.close()
      pool = null
    },
  }
}

/** The file's bytes, or why they could not be read (a note deleted since the folder was listed). */
function readSource(path: string): Buffer | string {
  try {
    return readFileSync(path)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function sizeOption(size: number | undefined): { size?: number } {
  return size === undefined ? {} : { size }
}

function recordOutcome(file: string, outcome: CompileOutcome, timeLimitMs: number): NoteRecord {
  switch (outcome.type) {
    case 'compiled':
      return outcome.record
    case 'threw':
      return recordNote(
        failedNote(
          file,
          'note-compile-failed',
          `The note could not be compiled: ${outcome.message}`,
        ),
      )
    case 'timed-out':
      return recordNote(
        failedNote(
          file,
          'note-compile-timeout',
          `Compiling the note took longer than ${timeLimitMs / 1000} s and was stopped; split it into smaller notes.`,
        ),
      )
  }
}
