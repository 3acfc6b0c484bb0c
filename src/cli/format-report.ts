import type { Diagnostic, Severity } from '../note/model.ts'
import { formatCount } from '../note/format-count.ts'
import { formatTimestamp } from '../time/timestamp.ts'
import type { NoteCheck } from './check-note.ts'

/** The `--json` document: one entry per file, in the order checked. */
export interface JsonReport {
  readonly files: readonly JsonFileReport[]
}

/** One file of the `--json` report: what the check learned, without its bookkeeping. */
export type JsonFileReport = Omit<NoteCheck, 'read' | 'page' | 'wikilinks'>

/** Whether any checked file has an error (an unreadable file counts). */
export function hasErrors(results: readonly NoteCheck[]): boolean {
  return results.some((result) => countSeverity(result.diagnostics, 'error') > 0)
}

/**
 * The human report: each problem as `file:line:col  severity  rule  message`,
 * then one summary line per file. Ends with a newline unless empty.
 */
export function formatReport(results: readonly NoteCheck[]): string {
  const lines = results.flatMap((result) => [
    ...result.diagnostics.map((d) => formatDiagnostic(result.file, d)),
    formatSummary(result),
  ])
  return lines.map((line) => `${line}\n`).join('')
}

/** The machine report: only the documented fields, in a fixed order. */
export function toJsonReport(results: readonly NoteCheck[]): JsonReport {
  return {
    files: results.map((r) => ({
      file: r.file,
      title: r.title,
      videoId: r.videoId,
      channel: r.channel,
      claims: r.claims,
      citations: r.citations,
      sections: r.sections,
      span: r.span,
      diagnostics: r.diagnostics.map(({ line, column, severity, rule, message }) => ({
        line,
        column,
        severity,
        rule,
        message,
      })),
    })),
  }
}

/** `file:line:col  severity  rule  message`; a multi-line message is kept on one line. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ')
  return `${file}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${message}`
}

/** `file  N claims, N citations, N sections, cited M:SS–H:MM:SS[, N errors][, N warnings]`. */
export function formatSummary(result: NoteCheck): string {
  const parts = result.read
    ? [
        formatCount(result.claims, 'claim'),
        formatCount(result.citations, 'citation'),
        formatCount(result.sections, 'section'),
        formatSpan(result.span),
      ]
    : ['not read']
  const errors = countSeverity(result.diagnostics, 'error')
  const warnings = countSeverity(result.diagnostics, 'warning')
  if (errors > 0) parts.push(formatCount(errors, 'error'))
  if (warnings > 0) parts.push(formatCount(warnings, 'warning'))
  return `${result.file}  ${parts.join(', ')}`
}

function formatSpan(span: readonly [number, number] | null): string {
  if (span === null) return 'no citations'
  return `cited ${formatTimestamp(span[0])}–${formatTimestamp(span[1])}`
}

function countSeverity(diagnostics: readonly Diagnostic[], severity: Severity): number {
  return diagnostics.filter((d) => d.severity === severity).length
}
