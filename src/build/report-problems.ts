import type { ViteDevServer } from 'vite'
import type { NoteRecord } from './note-record.ts'

/** Each problem on the terminal as `file:line:col  severity  rule  message`, like the checker. */
export function printProblems(records: readonly NoteRecord[]): void {
  for (const record of records) {
    for (const d of record.diagnostics) {
      if (d.severity === 'info') continue
      console.warn(`${record.file}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${d.message}`)
    }
  }
}

/** The dev overlay names the first error of the notes given; the page under it still shows the note. */
export function showFirstError(records: Iterable<NoteRecord>, server: ViteDevServer): void {
  for (const record of records) {
    const error = record.diagnostics.find((d) => d.severity === 'error')
    if (!error) continue
    server.ws.send({
      type: 'error',
      err: {
        message: `${error.rule}: ${error.message}`,
        stack: '',
        id: record.file,
        loc: { file: record.file, line: error.line, column: error.column },
        plugin: 'lockstep-library',
      },
    })
    return
  }
}
