import { loadSearchIndex } from '../../src/library/search-index.ts'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Connect } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { listNoteFiles } from '../../src/build/compile-notes.ts'
import { createDevLibraryRoutes } from '../../src/build/dev-library-routes.ts'
import { createNoteCompiler } from '../../src/build/note-compiler.ts'
import type { NoteRecord } from '../../src/build/note-record.ts'
import type { LibraryManifest } from '../../src/library/library-entry.ts'

const note = (title: string, id: string) =>
  `---\ntitle: ${title}\nvideoId: ${id}\n---\n\n${title} is said at the start <a class="yt-timestamp" data-t="0:30">[0:30]</a>.\n`

const root = mkdtempSync(join(tmpdir(), 'lockstep-dev-'))
mkdirSync(join(root, 'content', 'rivers'), { recursive: true })
writeFileSync(join(root, 'content', 'rivers', 'delta ford.md'), note('Delta ford', 'Zz0000000r1'))
writeFileSync(join(root, 'content', 'weir.md'), note('Weir', 'Zz0000000r2'))
const compiler = createNoteCompiler({ root, cacheDir: join(root, 'cache'), poolSize: 1 })
const compiled: NoteRecord[] = []
/** Which requests told of an opened note (its error may cover the page) and which of the whole library. */
const opened: boolean[] = []
const routes = createDevLibraryRoutes({
  compiler,
  listFiles: () => listNoteFiles(join(root, 'content')),
  onCompiled: (records, isOpened) => {
    compiled.push(...records)
    opened.push(isOpened)
  },
})

interface Response {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
  readonly passed: boolean
}

/** One request through the middleware, as connect would pass it after the `/@lockstep` prefix. */
function get(url: string): Promise<Response> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {}
    const res = {
      statusCode: 200,
      setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
      end(body: string) {
        resolve({ status: this.statusCode, headers, body, passed: false })
      },
    }
    const next = () => resolve({ status: 0, headers, body: '', passed: true })
    routes({ method: 'GET', url } as Connect.IncomingMessage, res as never, next)
  })
}

describe('the dev server library routes', { timeout: 30_000 }, () => {
  afterAll(() => compiler.close())

  it('serves one note by slug, compiling only that file, never cached by the browser', async () => {
    const reply = await get(`/note/${encodeURIComponent('delta ford')}.json`)
    expect(reply.status).toBe(200)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(JSON.parse(reply.body)).toMatchObject({ file: 'content/rivers/delta ford.md' })
    expect(compiler.stats().compiled).toBe(1)
    expect(compiled.map((r) => r.entry.slug)).toEqual(['delta ford'])
    expect(opened).toEqual([true])
  })

  it('serves a manifest whose notes point at their dev URLs', async () => {
    const manifest = JSON.parse((await get('/manifest.json')).body) as LibraryManifest
    expect(manifest.notes.map((n) => [n.slug, n.src])).toEqual([
      ['delta ford', '/@lockstep/note/delta%20ford.json'],
      ['weir', '/@lockstep/note/weir.json'],
    ])
    expect(manifest.links).toEqual({ count: 1, prefix: '/@lockstep/links/' })
    expect(manifest.search).toBe('/@lockstep/search.json')
    expect(compiler.stats().compiled).toBe(2)
    expect(loadSearchIndex((await get('/search.json')).body).size).toBe(2)
    // The notes link nowhere: one shard, empty; none past it.
    expect(JSON.parse((await get('/links/0.json')).body)).toEqual({ at: [], links: [] })
    expect((await get('/links/1.json')).status).toBe(404)
    // The whole library's compiles never put a note's error over the page.
    expect(opened.slice(1).every((each) => !each)).toBe(true)
  })

  it('answers 404 for a slug no file has, and leaves other paths to the next handler', async () => {
    expect((await get('/note/nowhere.json')).status).toBe(404)
    expect((await get('/something-else')).passed).toBe(true)
  })
})
