// Issue 9: the dev server, started on a vault of every hostile note and the
// bundled ones, serves each note's JSON (the note, or its error page) and
// keeps serving: no note takes it down.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_VARIABLE } from '../../src/build/content-folder.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import { assembleHostileVault } from '../e2e/support/assemble-hostile-vault.ts'
import { hostileNotes } from '../fixtures/hostile/hostile-corpus.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const SEED = 'collaboration-between-space-agencies'

describe('the dev server on a vault of hostile notes', { timeout: 600_000 }, () => {
  let server: ViteDevServer
  let origin = ''
  const previous = process.env[CONTENT_VARIABLE]

  beforeAll(async () => {
    const vault = mkdtempSync(join(tmpdir(), 'lockstep-hostile-'))
    assembleHostileVault(vault)
    process.env[CONTENT_VARIABLE] = vault
    server = await createServer({
      root: repoRoot,
      configFile: join(repoRoot, 'vite.config.ts'),
      server: { port: 0, strictPort: false, hmr: false },
      logLevel: 'silent',
    })
    await server.listen()
    origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '')
  }, 60_000)

  afterAll(async () => {
    await server?.close()
    if (previous === undefined) delete process.env[CONTENT_VARIABLE]
    else process.env[CONTENT_VARIABLE] = previous
  })

  const noteJson = async (slug: string) => {
    const response = await fetch(`${origin}/@lockstep/note/${encodeURIComponent(slug)}.json`)
    return { status: response.status, note: (await response.json()) as CompiledNote }
  }

  it('serves every hostile note as JSON, then still serves the page and the seed note', async () => {
    const served: string[] = []
    for (const { slug } of hostileNotes()) {
      const { status, note } = await noteJson(slug)
      expect({ slug, status, served: note.doc.slug }).toEqual({ slug, status: 200, served: slug })
      served.push(slug)
    }
    expect(served.length).toBeGreaterThanOrEqual(80)
    expect((await fetch(`${origin}/`)).status).toBe(200)
    const seed = await noteJson(SEED)
    expect(seed.note.doc.claims.length).toBeGreaterThan(0)
  })
})
