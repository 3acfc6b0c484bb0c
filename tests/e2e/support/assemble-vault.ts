// The vault the browser tests build the app from (LOCKSTEP_CONTENT): the
// bundled notes of content/, the made-up notes of tests/fixtures/vault/ (only
// tests need them), the generated 10,000-claim note (support/scale-note.ts),
// the generated three-hour playthrough note (support/playthrough-note.ts) when
// $E2E_PLAYTHROUGH asks for that run (npm run test:playthrough),
// and the real notes of ../shared/corpus/ when that folder
// sits beside the repository (the corpus spec skips itself without them).
//   npx tsx tests/e2e/support/assemble-vault.ts <folder>
// Each server gets a folder of its own, since both start at once.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createNoteCompiler } from '../../../src/build/note-compiler.ts'
import { PLAYTHROUGH_SLUG, playthroughNoteMarkdown } from './playthrough-note.ts'
import { SCALE_SLUG, scaleNoteMarkdown } from './scale-note.ts'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * The vault folder of one test server ('app' or 'dev'). Not under
 * test-results/: Vite's file watcher always ignores that folder, and the dev
 * server must see a note edited while it is open (faults.dev.spec.ts).
 */
export const vaultFolder = (server: string): string => `${repoRoot}.e2e-vaults/${server}`
export const CORPUS = `${repoRoot}../shared/corpus`

/**
 * Copies every source into a fresh vault; each keeps its own sub-folder.
 * The generated 10,000-claim note is compiled here, into the build's own disk
 * cache (keyed by content and path), with room to spare: on two shared cores
 * it can take longer than the build's 10 s limit per note, which would make
 * it an error page. The build then reads it from the cache as it would any
 * note it had compiled before; the note is the same on every run, so only the
 * first run pays.
 */
export async function assembleVault(vault: string): Promise<void> {
  rmSync(vault, { recursive: true, force: true })
  mkdirSync(vault, { recursive: true })
  cpSync(`${repoRoot}content`, `${vault}/content`, { recursive: true })
  cpSync(`${repoRoot}tests/fixtures/vault`, `${vault}/fixtures`, { recursive: true })
  mkdirSync(`${vault}/generated`)
  writeFileSync(`${vault}/generated/${SCALE_SLUG}.md`, scaleNoteMarkdown())
  await compileIntoBuildCache(`${vault}/generated/${SCALE_SLUG}.md`)
  if (process.env['E2E_PLAYTHROUGH'])
    writeFileSync(`${vault}/generated/${PLAYTHROUGH_SLUG}.md`, playthroughNoteMarkdown())
  if (existsSync(CORPUS)) cpSync(CORPUS, `${vault}/corpus`, { recursive: true })
}

/** What the library plugin does for each note (src/build/notes-plugin.ts: root and cache folder), with a longer limit. */
export async function compileIntoBuildCache(path: string): Promise<void> {
  const compiler = createNoteCompiler({
    root: repoRoot,
    cacheDir: `${repoRoot}node_modules/.lockstep/cache`,
    timeLimitMs: 300_000,
  })
  try {
    await compiler.compile(path)
  } finally {
    await compiler.close()
  }
}

const folder = process.argv[2]
if (process.argv[1] === fileURLToPath(import.meta.url) && folder) await assembleVault(folder)
