// The vault of the hostile notes spec (issue 9): the bundled notes of content/
// and every hostile note of tests/fixtures/hostile/ (generated ones written
// out), in one build of their own, so no other spec sees them.
//   npx tsx tests/e2e/support/assemble-hostile-vault.ts <folder>
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hostileNotes } from '../../fixtures/hostile/hostile-corpus.ts'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

export const HOSTILE_VAULT = `${repoRoot}test-results/e2e-vault-hostile`
export const HOSTILE_DIST = `${repoRoot}test-results/e2e-dist-hostile`

export function assembleHostileVault(vault: string): void {
  rmSync(vault, { recursive: true, force: true })
  mkdirSync(`${vault}/hostile`, { recursive: true })
  cpSync(`${repoRoot}content`, `${vault}/content`, { recursive: true })
  for (const note of hostileNotes()) writeFileSync(`${vault}/hostile/${note.slug}.md`, note.bytes())
}

const folder = process.argv[2]
if (process.argv[1] === fileURLToPath(import.meta.url) && folder) assembleHostileVault(folder)
