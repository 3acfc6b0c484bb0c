import type { Diagnostic, NoteDocument } from './model.ts'

/** A note as the build compiles it for the app: its model and its problems. */
export interface CompiledNote {
  /** The source file, relative to the project root, for messages. */
  readonly file: string
  readonly doc: NoteDocument
  readonly diagnostics: readonly Diagnostic[]
}
