import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { Diagnostic, Severity } from './model.ts'

/**
 * Records a problem in the note as a positioned vfile message; parsing goes on.
 * vfile encodes severity in `fatal`: true is an error, false a warning,
 * undefined an info.
 * @see https://github.com/vfile/vfile-message#fields
 */
export function report(
  file: VFile,
  severity: Severity,
  rule: string,
  message: string,
  place: Node | null | undefined,
): void {
  const msg = file.message(message, {
    ruleId: rule,
    source: 'lockstep',
    ...(place?.position ? { place: place.position } : {}),
  })
  msg.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** The file's messages as plain diagnostics, in source order. */
export function collectDiagnostics(file: VFile): Diagnostic[] {
  return file.messages
    .map((msg) => ({
      line: msg.line ?? 1,
      column: msg.column ?? 1,
      severity: severityOf(msg.fatal),
      rule: msg.ruleId ?? 'unknown',
      message: msg.reason,
    }))
    .toSorted((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
}

function severityOf(fatal: boolean | null | undefined): Severity {
  if (fatal === true) return 'error'
  if (fatal === false) return 'warning'
  return 'info'
}
