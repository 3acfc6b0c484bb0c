/**
 * `npm run check:content -- [--json] [files…]`: parses notes and reports their
 * problems. The formatting lives in `format-report.ts`; this file only does I/O.
 */
import { existsSync, readFileSync } from 'node:fs'
import { listNoteFiles } from '../build/compile-notes.ts'
import { contentFolder } from '../build/content-folder.ts'
import { withLibraryLinks } from './check-links.ts'
import { checkNote, unreadableNote, type NoteCheck } from './check-note.ts'
import { formatReport, hasErrors, toJsonReport } from './format-report.ts'
import { parseCliArgs, USAGE } from './parse-args.ts'

/** Every note of the content folder (`$LOCKSTEP_CONTENT` or `content/`), sorted by path. */
function defaultFiles(folder: string): string[] {
  return existsSync(folder) ? listNoteFiles(folder) : []
}

function checkFile(file: string): NoteCheck {
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch (error) {
    return unreadableNote(file, error)
  }
  return checkNote(file, source)
}

/** Runs the check and returns the exit status. */
function main(args: readonly string[]): number {
  const request = parseCliArgs(args)
  if (request.kind === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (request.kind === 'usage-error') {
    process.stderr.write(`${request.message}\n\n${USAGE}`)
    return 2
  }
  const folder = contentFolder()
  const files = request.files.length > 0 ? request.files : defaultFiles(folder)
  if (files.length === 0) process.stderr.write(`No notes to check: ${folder} holds no .md file.\n`)
  const results = withLibraryLinks(files.map(checkFile))
  process.stdout.write(
    request.json ? `${JSON.stringify(toJsonReport(results))}\n` : formatReport(results),
  )
  return hasErrors(results) || files.length === 0 ? 1 : 0
}

// exitCode, not exit(): a large report piped to another process is written out in full.
process.exitCode = main(process.argv.slice(2))
