/** What the command line asks for. */
export type CliRequest =
  | { readonly kind: 'help' }
  | { readonly kind: 'check'; readonly json: boolean; readonly files: readonly string[] }
  | { readonly kind: 'usage-error'; readonly message: string }

export const USAGE = `Usage: npm run check:content -- [--json] [files…]

Parses each note and reports its problems, then one summary line per note.
With no files, checks every .md file under $LOCKSTEP_CONTENT (sub-folders too),
or under content/ when that is not set.

Options:
  --json      print one JSON document ({"files":[…]}) instead of text
  -h, --help  show this help

Exit status: 0 when no note has an error, 1 when one does (or a file cannot
be read), 2 on a bad option.
`

/** Reads the arguments after the script name; `--` ends the options. */
export function parseCliArgs(args: readonly string[]): CliRequest {
  let json = false
  const files: string[] = []
  let optionsEnded = false
  for (const arg of args) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') files.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (arg === '--help' || arg === '-h') return { kind: 'help' }
    else if (arg === '--json') json = true
    else return { kind: 'usage-error', message: `Unknown option: ${arg}` }
  }
  return { kind: 'check', json, files }
}
