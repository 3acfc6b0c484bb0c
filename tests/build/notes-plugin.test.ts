import { loadSearchIndex } from '../../src/library/search-index.ts'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { lockstepLibrary, type LibraryPluginOptions } from '../../src/build/notes-plugin.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import type { LibraryManifest } from '../../src/library/library-entry.ts'
import { type LinkShard, shardUrl } from '../../src/library/link-shards.ts'

const ALIAS_BOMB = fileURLToPath(
  new URL('../fixtures/compile-failures/yaml-alias-bomb.md', import.meta.url),
)

/** A project folder with a `content/` of the given notes (paths may name sub-folders). */
function projectWith(notes: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-plugin-'))
  for (const [name, source] of Object.entries(notes)) {
    mkdirSync(dirname(join(root, 'content', name)), { recursive: true })
    writeFileSync(join(root, 'content', name), source)
  }
  return root
}

/** Calls a plugin hook written either as a function or as `{ handler }`. */
function call<T>(hook: unknown, self: unknown, ...args: unknown[]): T {
  const run = typeof hook === 'function' ? hook : (hook as { handler: Function }).handler
  return run.apply(self, args) as T
}

interface Built {
  readonly manifestUrl: string
  readonly files: ReadonlyMap<string, string>
  readonly watched: readonly string[]
  json<T>(fileName: string): T
}

/** Runs the plugin's hooks the way `vite build` does: start, load the virtual module, emit. */
async function build(root: string, options: LibraryPluginOptions = {}): Promise<Built> {
  const plugin: Plugin = lockstepLibrary({ poolSize: 1, ...options })
  call(plugin.configResolved, {}, { root } as ResolvedConfig)
  const watched: string[] = []
  call(plugin.buildStart, { addWatchFile: (f: string) => watched.push(f) }, {})
  const id = call<string>(plugin.resolveId, {}, 'virtual:lockstep-library')
  const code = await call<Promise<string>>(plugin.load, {}, id)
  const files = new Map<string, string>()
  const emitFile = (asset: { fileName: string; source: string }) =>
    files.set(asset.fileName, asset.source)
  await call<Promise<void>>(plugin.generateBundle, { emitFile }, {}, {}, false)
  await call<Promise<void>>(plugin.closeBundle, {})
  const manifestUrl = /^export const manifestUrl = (".*")$/m.exec(code)?.[1]
  if (!manifestUrl) throw new Error(`no manifestUrl export in:\n${code}`)
  return {
    manifestUrl: JSON.parse(manifestUrl) as string,
    files,
    watched,
    json: <T>(fileName: string) => JSON.parse(files.get(fileName) ?? 'null') as T,
  }
}

const CLEAN =
  '---\ntitle: Tides\nvideoId: Zz0000000t1\n---\n\nFrom: [[Sea Channel]] <br/>\n\nThe tide turns twice a day near [[Reef]] <a class="yt-timestamp" data-t="1:05">[1:05]</a>.\n'
const BROKEN =
  '---\ntitle: Broken\nvideoId: Zz0000000b2\n---\n\nA stamp nobody can read <a class="yt-timestamp" data-t="soon">[later]</a>.\n'
const PAGE = '# Reef\n\nA topic page: what a reef is, in two lines of prose.\n'

// Compiling starts a worker thread: the library is built once, with every kind of note, and each test reads it.
describe('the lockstep-library Vite plugin', { timeout: 30_000 }, () => {
  let root = ''
  let built: Built
  const warnings: string[] = []

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line))
    root = projectWith({
      'b-tides.md': CLEAN,
      'a-broken.md': BROKEN,
      'topics/reef.md': PAGE,
      'notes.txt': 'not a note',
    })
    copyFileSync(ALIAS_BOMB, join(root, 'content', 'alias-bomb.md'))
    // A folder named like a note: listed, but reading it fails.
    mkdirSync(join(root, 'content', 'unreadable.md'))
    built = await build(root)
    vi.restoreAllMocks()
  }, 30_000)

  const manifest = () => built.json<LibraryManifest>(built.manifestUrl)
  const entryOf = (slug: string) => manifest().notes.find((n) => n.slug === slug)

  it('writes a manifest, one JSON file a note, the links and the search documents', () => {
    expect(built.manifestUrl).toMatch(/^library\/manifest-[0-9a-f]{12}\.json$/)
    const { version, notes, links, search } = manifest()
    expect(version).toBe(2)
    expect(notes.map((n) => n.slug)).toEqual([
      'a-broken',
      'alias-bomb',
      'b-tides',
      'reef',
      'unreadable',
    ])
    // A small vault's links fit one shard.
    expect(links).toEqual({
      count: 1,
      prefix: expect.stringMatching(/^library\/links-[0-9a-f]{12}\/$/),
    })
    expect(search).toMatch(/^library\/search-[0-9a-f]{12}\.json$/)
    for (const entry of notes) expect(entry.src).toMatch(/^library\/n\/[0-9a-f]{12}\.json$/)
    const tides = built.json<CompiledNote>(entryOf('b-tides')?.src ?? '')
    expect(tides.file).toBe('content/b-tides.md')
    expect(tides.doc.claims.map((c) => c.id)).toEqual(['t65'])
    expect(entryOf('b-tides')).toMatchObject({ channel: 'Sea Channel', claims: 1, span: [65, 65] })
    expect(built.json<LinkShard>(shardUrl(links, 0)).links).toContainEqual(
      expect.objectContaining({ from: 'b-tides', target: 'Reef', claimId: 't65' }),
    )
    const found = loadSearchIndex(JSON.stringify(built.json(search))).search('tides')
    expect(found.map((d) => d.id)).toEqual(['b-tides#t65'])
    expect(built.watched.map((f) => f.slice(root.length))).toEqual([
      '/content/a-broken.md',
      '/content/alias-bomb.md',
      '/content/b-tides.md',
      '/content/topics/reef.md',
      '/content/unreadable.md',
    ])
    expect(built.files.size).toBe(8)
  })

  it('ships the tree without source positions or parser scratch data', () => {
    const note = built.files.get(entryOf('b-tides')?.src ?? '') ?? ''
    expect(note).not.toMatch(/"position"|"data":\{"(claim|citation)"/)
    expect(note).toContain('"dataClaimId":"t65"')
  })

  it('lists markdown without a videoId and without citations as a plain page, without its video-id-missing problem', () => {
    expect(entryOf('reef')).toMatchObject({ kind: 'page', title: 'Reef', errors: 0 })
    const page = built.json<CompiledNote>(entryOf('reef')?.src ?? '')
    expect(page.diagnostics.map((d) => d.rule)).not.toContain('video-id-missing')
    expect(warnings.join('\n')).not.toContain('video-id-missing')
  })

  it('prints each problem as file:line:col severity rule message', () => {
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/a-broken\.md:6:25 {2}error {2}citation-unreadable {2}/),
    )
    expect(entryOf('a-broken')?.errors).toBe(1)
  })

  it('turns a note that cannot be read into that note’s error while the others build', () => {
    expect(entryOf('unreadable')).toMatchObject({ title: 'Unreadable', errors: 1 })
    const failed = built.json<CompiledNote>(entryOf('unreadable')?.src ?? '')
    expect(failed.doc.tree.children).toEqual([])
    expect(failed.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'note-compile-failed',
        line: 1,
        column: 1,
        message: expect.stringContaining('EISDIR'),
      }),
    ])
    expect(entryOf('b-tides')).toMatchObject({ claims: 1, errors: 0 })
  })

  it('builds a note whose frontmatter is a YAML alias bomb, with the frontmatter as its problem', () => {
    expect(entryOf('alias-bomb')).toMatchObject({ errors: 1, claims: 1 })
    const note = built.json<CompiledNote>(entryOf('alias-bomb')?.src ?? '')
    expect(note.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'frontmatter-invalid',
        message: expect.stringContaining('Excessive alias count'),
      }),
    ])
  })
})
