import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/note/model.ts'
import { checkNote, slugOf, unreadableNote, type NoteCheck } from '../../src/cli/check-note.ts'
import { formatReport, hasErrors, toJsonReport } from '../../src/cli/format-report.ts'
import { parseCliArgs } from '../../src/cli/parse-args.ts'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

function aCheck(overrides: Partial<NoteCheck> = {}): NoteCheck {
  return {
    file: 'content/tides.md',
    read: true,
    title: 'Tides',
    videoId: 'abcdefghijk',
    channel: 'sea-talks',
    claims: 3,
    citations: 4,
    sections: 2,
    span: [75, 4223],
    diagnostics: [],
    page: false,
    wikilinks: [],
    ...overrides,
  }
}

function aDiagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    line: 12,
    column: 7,
    severity: 'warning',
    rule: 'citation-label-mismatch',
    message: 'The label and data-t disagree.',
    ...overrides,
  }
}

describe('formatReport', () => {
  it('prints one summary line for a clean note, with the cited span as clock times', () => {
    expect(formatReport([aCheck()])).toBe(
      'content/tides.md  3 claims, 4 citations, 2 sections, cited 1:15–1:10:23\n',
    )
  })

  it('says "no citations" when the note cites nothing', () => {
    const report = formatReport([aCheck({ claims: 0, citations: 0, span: null })])
    expect(report).toBe('content/tides.md  0 claims, 0 citations, 2 sections, no citations\n')
  })

  it('puts each problem before its file summary, fields two spaces apart', () => {
    const report = formatReport([
      aCheck({
        diagnostics: [
          aDiagnostic(),
          aDiagnostic({ line: 20, column: 1, severity: 'error', rule: 'citation-unreadable' }),
        ],
      }),
    ])
    expect(report.split('\n')).toEqual([
      'content/tides.md:12:7  warning  citation-label-mismatch  The label and data-t disagree.',
      'content/tides.md:20:1  error  citation-unreadable  The label and data-t disagree.',
      'content/tides.md  3 claims, 4 citations, 2 sections, cited 1:15–1:10:23, 1 error, 1 warning',
      '',
    ])
  })

  it('counts errors and warnings but not infos in the summary', () => {
    const info = aDiagnostic({ severity: 'info', rule: 'citation-data-t-missing' })
    const summary = formatReport([aCheck({ diagnostics: [info, aDiagnostic(), aDiagnostic()] })])
    expect(summary.trimEnd().split('\n').at(-1)).toMatch(/, 2 warnings$/)
  })

  it('uses the singular for a count of one', () => {
    const report = formatReport([aCheck({ claims: 1, citations: 1, sections: 1, span: [5, 5] })])
    expect(report).toBe('content/tides.md  1 claim, 1 citation, 1 section, cited 0:05–0:05\n')
  })

  it('keeps a multi-line message on one line', () => {
    const report = formatReport([aCheck({ diagnostics: [aDiagnostic({ message: 'one\n  two' })] })])
    expect(report.split('\n')[0]).toBe(
      'content/tides.md:12:7  warning  citation-label-mismatch  one two',
    )
  })

  it('reports an unreadable file as an error line and a "not read" summary', () => {
    const report = formatReport([unreadableNote('gone.md', new Error('ENOENT: no such file'))])
    expect(report.split('\n')).toEqual([
      'gone.md:1:1  error  file-unreadable  The file could not be read: ENOENT: no such file',
      'gone.md  not read, 1 error',
      '',
    ])
  })

  it('prints nothing for no files', () => {
    expect(formatReport([])).toBe('')
  })
})

describe('toJsonReport', () => {
  it('keeps exactly the documented fields, in order', () => {
    const json = toJsonReport([aCheck({ diagnostics: [aDiagnostic()] })])
    expect(json).toEqual({
      files: [
        {
          file: 'content/tides.md',
          title: 'Tides',
          videoId: 'abcdefghijk',
          channel: 'sea-talks',
          claims: 3,
          citations: 4,
          sections: 2,
          span: [75, 4223],
          diagnostics: [aDiagnostic()],
        },
      ],
    })
    expect(Object.keys(json.files[0] ?? {})).toEqual([
      'file',
      'title',
      'videoId',
      'channel',
      'claims',
      'citations',
      'sections',
      'span',
      'diagnostics',
    ])
  })

  it('gives a null span and nulls for an unreadable file', () => {
    const [file] = toJsonReport([unreadableNote('gone.md', 'EACCES')]).files
    expect(file).toMatchObject({ title: null, videoId: null, channel: null, span: null })
    expect(file?.diagnostics).toHaveLength(1)
  })
})

describe('hasErrors', () => {
  it.each([
    { severities: [], expected: false },
    { severities: ['warning', 'info'], expected: false },
    { severities: ['info', 'error'], expected: true },
  ] as const)('is $expected for diagnostics $severities', ({ severities, expected }) => {
    const diagnostics = severities.map((severity) => aDiagnostic({ severity }))
    expect(hasErrors([aCheck(), aCheck({ diagnostics })])).toBe(expected)
  })
})

describe('checkNote', () => {
  it('names the note by its file name without .md', () => {
    expect(slugOf('content/deep/sea-floor.md')).toBe('sea-floor')
  })

  it('counts anchors and bare stamps as citations and spans the earliest to the latest', () => {
    const source = [
      '---',
      'title: Tides',
      'videoId: abcdefghijk',
      '---',
      '',
      'The moon pulls the sea <a class="yt-timestamp" data-t="1:00:00">[1:00:00]</a>.',
      '',
      'Spring tides come twice a month [2:05].',
    ].join('\n')
    const check = checkNote('notes/tides.md', source)
    expect(check).toMatchObject({ claims: 2, citations: 2, span: [125, 3600], title: 'Tides' })
  })
})

describe('parseCliArgs', () => {
  it.each([
    { args: [], expected: { kind: 'check', json: false, files: [] } },
    { args: ['--json', 'a.md'], expected: { kind: 'check', json: true, files: ['a.md'] } },
    { args: ['--', '--odd.md'], expected: { kind: 'check', json: false, files: ['--odd.md'] } },
    { args: ['a.md', '-h'], expected: { kind: 'help' } },
    { args: ['--help'], expected: { kind: 'help' } },
    { args: ['--jsn'], expected: { kind: 'usage-error', message: 'Unknown option: --jsn' } },
  ])('reads $args', ({ args, expected }) => {
    expect(parseCliArgs(args)).toEqual(expected)
  })
})

/** Runs the real command the way npm does, from the repository root. */
function runCli(...args: string[]) {
  return runCliWith({}, ...args)
}

function runCliWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/check-content.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the check:content command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-check-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function writeNote(name: string, body: string): string {
    const file = join(dir, name)
    writeFileSync(file, `---\ntitle: Bread\nvideoId: Zy_9-abcDEF\n---\n\n${body}\n`)
    return file
  }

  it('exits 1 and prints one JSON document when a citation cannot be read', () => {
    const file = writeNote(
      'broken-bread.md',
      [
        'Dough rises faster in a warm kitchen <a class="yt-timestamp" data-t="2:10">[2:10]</a>.',
        'Salt slows the yeast down <a class="yt-timestamp" data-t="soon">[later]</a>.',
      ].join('\n'),
    )
    const { status, stdout } = runCli('--json', file)
    expect(status).toBe(1)
    const report = JSON.parse(stdout) as ReturnType<typeof toJsonReport>
    expect(report.files).toHaveLength(1)
    expect(report.files[0]).toMatchObject({
      file,
      title: 'Bread',
      videoId: 'Zy_9-abcDEF',
      channel: null,
      claims: 1,
      citations: 1,
      span: [130, 130],
    })
    expect(report.files[0]?.diagnostics).toContainEqual(
      expect.objectContaining({ line: 7, severity: 'error', rule: 'citation-unreadable' }),
    )
  }, 60_000)

  it('exits 0 on a clean note', () => {
    const file = writeNote(
      'good-bread.md',
      'A long, cold proof builds flavour <a class="yt-timestamp" data-t="4:05">[4:05]</a>.',
    )
    const { status, stdout } = runCli(file)
    expect(status).toBe(0)
    expect(stdout).toBe(`${file}  1 claim, 1 citation, 1 section, cited 4:05–4:05\n`)
  }, 60_000)

  it('checks every note under LOCKSTEP_CONTENT, sub-folders included, when no file is named', () => {
    const vault = mkdtempSync(join(tmpdir(), 'lockstep-vault-'))
    mkdirSync(join(vault, 'baking', 'sourdough'), { recursive: true })
    mkdirSync(join(vault, '.obsidian'))
    const note = '---\ntitle: Crumb\nvideoId: Zy_9-abcDEF\n---\n\nSteam sets the crust [1:02].\n'
    writeFileSync(join(vault, 'crumb.md'), note)
    writeFileSync(join(vault, 'baking', 'sourdough', 'starter.md'), note)
    writeFileSync(join(vault, '.obsidian', 'workspace.md'), 'not a note')
    writeFileSync(join(vault, 'baking', 'notes.txt'), 'not markdown')
    try {
      const { status, stdout } = runCliWith({ LOCKSTEP_CONTENT: vault }, '--json')
      expect(status).toBe(0)
      const report = JSON.parse(stdout) as ReturnType<typeof toJsonReport>
      expect(report.files.map((f) => f.file)).toEqual([
        join(vault, 'baking', 'sourdough', 'starter.md'),
        join(vault, 'crumb.md'),
      ])
    } finally {
      rmSync(vault, { recursive: true, force: true })
    }
  }, 60_000)

  it('says which folder is empty when there is nothing to check', () => {
    const vault = mkdtempSync(join(tmpdir(), 'lockstep-empty-'))
    try {
      const { status, stderr } = runCliWith({ LOCKSTEP_CONTENT: vault })
      expect(status).toBe(1)
      expect(stderr).toBe(`No notes to check: ${vault} holds no .md file.\n`)
    } finally {
      rmSync(vault, { recursive: true, force: true })
    }
  }, 60_000)

  it('exits 2 with the usage on stderr for an unknown option', () => {
    const { status, stdout, stderr } = runCli('--verbose')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('Unknown option: --verbose')
    expect(stderr).toContain('Usage:')
  }, 60_000)
})
