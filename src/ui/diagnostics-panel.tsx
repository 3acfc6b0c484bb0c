import type { ReactNode } from 'react'
import type { Diagnostic } from '../note/model.ts'

const STYLE = {
  error: 'text-red-700 dark:text-red-300',
  warning: 'text-amber-700 dark:text-amber-300',
  info: 'text-slate-500 dark:text-slate-400',
} as const

/**
 * The note's problems, folded away under a one-line summary. Infos are
 * counted in but listed last; a clean note shows nothing.
 */
export function DiagnosticsPanel({
  file,
  diagnostics,
}: {
  readonly file: string
  readonly diagnostics: readonly Diagnostic[]
}): ReactNode {
  if (diagnostics.length === 0) return null
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const summary =
    [plural(errors, 'error'), plural(warnings, 'warning')].filter(Boolean).join(', ') ||
    plural(diagnostics.length, 'note')
  return (
    <details
      data-diagnostics=""
      data-count={diagnostics.length}
      open={errors > 0}
      className="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        This note has {summary}
      </summary>
      <ul className="mt-2 space-y-1">
        {diagnostics.map((d, i) => (
          <li key={i} className="font-mono text-xs">
            <span className="text-slate-500">
              {file}:{d.line}:{d.column}
            </span>{' '}
            <span className={STYLE[d.severity]}>{d.severity}</span> {d.message}{' '}
            <span className="text-slate-400">({d.rule})</span>
          </li>
        ))}
      </ul>
    </details>
  )
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`
}
