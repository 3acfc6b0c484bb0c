import { lazy, type ReactNode, Suspense } from 'react'
import type { Diagnostic } from '../note/model.ts'

/** The panel (and the words it tells readers) loads only for a note that has problems. */
const DiagnosticsPanel = lazy(async () => ({
  default: (await import('./diagnostics-panel.tsx')).DiagnosticsPanel,
}))

/** A note's problems above it, when it has any (DESIGN §5: `[data-diagnostics]`). */
export function NoteProblems({
  file,
  diagnostics,
}: {
  readonly file: string
  readonly diagnostics: readonly Diagnostic[]
}): ReactNode {
  if (diagnostics.length === 0) return null
  return (
    <Suspense fallback={null}>
      <DiagnosticsPanel file={file} diagnostics={diagnostics} />
    </Suspense>
  )
}
