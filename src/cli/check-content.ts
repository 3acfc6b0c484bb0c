/**
 * `npm run check:content -- [--json] [files…]`: parses notes and reports their
 * problems. The formatting lives in `format-report.ts`; this file only does I/O.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkNote, unreadableNote, type NoteCheck } from './check-note.ts'
import { formatReport, hasErrors, toJsonReport } from './format-report.ts'
import { parseCliArgs, USAGE } from './parse-args.ts'

const CONTENT_DIR = 'content'

/** `content/*.md` relative to the working directory, sorted by code point. */
function defaultFiles(): string[] {
  if (!existsSync(CONTENT_DIR)) return []
  return readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.md'))
    .toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(CONTENT_DIR, name))
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
  const files = request.files.length > 0 ? request.files : defaultFiles()
  if (files.length === 0) process.stderr.write(`No notes to check: ${CONTENT_DIR}/*.md is empty.\n`)
  const results = files.map(checkFile)
  process.stdout.write(
    request.json ? `${JSON.stringify(toJsonReport(results))}\n` : formatReport(results),
  )
  return hasErrors(results) || files.length === 0 ? 1 : 0
}

// exitCode, not exit(): a large report piped to another process is written out in full.
process.exitCode = main(process.argv.slice(2))
