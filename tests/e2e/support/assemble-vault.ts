// The vault the browser tests build the app from (LOCKSTEP_CONTENT): the
// bundled notes of content/, the made-up notes of tests/fixtures/vault/ (only
// tests need them), and the real notes of ../shared/corpus/ when that folder
// sits beside the repository (the corpus spec skips itself without them).
//   npx tsx tests/e2e/support/assemble-vault.ts <folder>
// Each server gets a folder of its own, since both start at once.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * The vault folder of one test server ('app' or 'dev'). Not under
 * test-results/: Vite's file watcher always ignores that folder, and the dev
 * server must see a note edited while it is open (faults.dev.spec.ts).
 */
export const vaultFolder = (server: string): string => `${repoRoot}.e2e-vaults/${server}`
export const CORPUS = `${repoRoot}../shared/corpus`

/** Copies every source into a fresh vault; each keeps its own sub-folder. */
export function assembleVault(vault: string): void {
  rmSync(vault, { recursive: true, force: true })
  mkdirSync(vault, { recursive: true })
  cpSync(`${repoRoot}content`, `${vault}/content`, { recursive: true })
  cpSync(`${repoRoot}tests/fixtures/vault`, `${vault}/fixtures`, { recursive: true })
  if (existsSync(CORPUS)) cpSync(CORPUS, `${vault}/corpus`, { recursive: true })
}

const folder = process.argv[2]
if (process.argv[1] === fileURLToPath(import.meta.url) && folder) assembleVault(folder)
