declare module 'virtual:lockstep-notes' {
  import type { CompiledNote } from './note/compiled-note.ts'
  export const notes: readonly CompiledNote[]
  export default notes
}
