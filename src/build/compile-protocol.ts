import type { NoteRecord } from './note-record.ts'

/** One note to compile: its markdown and its path relative to the project root. */
export interface CompileJob {
  readonly source: string
  readonly file: string
}

/** The pool → worker message. */
export interface WorkerRequest extends CompileJob {
  readonly id: number
}

/** The worker → pool messages: loaded and waiting, a note compiled, or the compiler threw. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'compiled'; readonly id: number; readonly record: NoteRecord }
  | { readonly type: 'threw'; readonly id: number; readonly message: string }

/** How one job ended: compiled, thrown (by the compiler or the worker dying), or stopped at the time limit. */
export type CompileOutcome =
  | { readonly type: 'compiled'; readonly record: NoteRecord }
  | { readonly type: 'threw'; readonly message: string }
  | { readonly type: 'timed-out' }
