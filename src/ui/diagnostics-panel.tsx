import type { ReactNode } from 'react'
import { describeForReader } from '../note/describe-for-reader.ts'
import { formatCount } from '../note/format-count.ts'
import type { Diagnostic } from '../note/model.ts'
import { useAudience } from './audience.ts'

const STYLE = {
  error: 'text-red-700 dark:text-red-300',
  warning: 'text-amber-800 dark:text-amber-300',
  info: 'text-slate-600 dark:text-slate-400',
} as const

const PANEL =
  'mb-6 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2 text-sm dark:border-slate-800 dark:bg-slate-900'
const SUMMARY = 'cursor-pointer font-medium text-slate-700 dark:text-slate-300'

interface DiagnosticsPanelProps {
  readonly file: string
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * The note's problems, folded away under a one-line summary; a clean note
 * shows nothing. The author (dev server) gets each problem with its place,
 * rule and advice; a reader of a built site gets one plain sentence per kind
 * of problem, saying what they see.
 */
export function DiagnosticsPanel({ file, diagnostics }: DiagnosticsPanelProps): ReactNode {
  const audience = useAudience()
  if (diagnostics.length === 0) return null
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  return (
    <details
      data-diagnostics=""
      data-count={diagnostics.length}
      open={errors > 0}
      className={PANEL}
    >
      {audience === 'author' ? (
        <AuthorView file={file} diagnostics={diagnostics} />
      ) : (
        <ReaderView diagnostics={diagnostics} />
      )}
    </details>
  )
}

function AuthorView({ file, diagnostics }: DiagnosticsPanelProps): ReactNode {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const summary = [errors, warnings].every((n) => n === 0)
    ? formatCount(diagnostics.length, 'note')
    : [errors > 0 && formatCount(errors, 'error'), warnings > 0 && formatCount(warnings, 'warning')]
        .filter(Boolean)
        .join(', ')
  return (
    <>
      <summary className={SUMMARY}>This note has {summary}</summary>
      <ul className="mt-2 space-y-1">
        {diagnostics.map((d, i) => (
          <li key={i} data-rule={d.rule} className="font-mono text-xs">
            <span className="text-slate-600 dark:text-slate-400">
              {file}:{d.line}:{d.column}
            </span>{' '}
            <span className={STYLE[d.severity]}>{d.severity}</span> {d.message}{' '}
            <span className="text-slate-600 dark:text-slate-400">({d.rule})</span>
          </li>
        ))}
      </ul>
    </>
  )
}

function ReaderView({ diagnostics }: Pick<DiagnosticsPanelProps, 'diagnostics'>): ReactNode {
  const byRule = new Map<string, number>()
  for (const d of diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1)
  return (
    <>
      <summary className={SUMMARY}>Some of this note is not shown as it was written</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {[...byRule].map(([rule, count]) => (
          <li key={rule} data-rule={rule}>
            {describeForReader(rule, count)}
          </li>
        ))}
      </ul>
    </>
  )
}
