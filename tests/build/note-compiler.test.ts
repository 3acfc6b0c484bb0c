import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCompilePool } from '../../src/build/compile-pool.ts'
import { createNoteCompiler } from '../../src/build/note-compiler.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import { generateNote } from '../bench/generate-note.ts'

const NOTE =
  '---\ntitle: Dunes\nvideoId: Zz0000000d1\n---\n\nDunes walk downwind <a class="yt-timestamp" data-t="2:00">[2:00]</a>.\n'

function folderWith(notes: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-compiler-'))
  for (const [name, source] of Object.entries(notes)) writeFileSync(join(root, name), source)
  return root
}

// Each test starts worker threads: seconds on a busy machine.
describe('the note compiler', { timeout: 30_000 }, () => {
  it('compiles unchanged content once, across restarts, and changed content again', async () => {
    const root = folderWith({ 'dunes.md': NOTE })
    const cacheDir = join(root, 'cache')
    const path = join(root, 'dunes.md')
    const first = createNoteCompiler({ root, cacheDir })
    await first.compile(path)
    await first.compile(path)
    expect(first.stats()).toEqual({ memory: 1, disk: 0, compiled: 1 })
    await first.close()

    const second = createNoteCompiler({ root, cacheDir })
    const cached = await second.compile(path)
    expect(second.stats()).toEqual({ memory: 0, disk: 1, compiled: 0 })
    expect(cached.entry.claims).toBe(1)

    writeFileSync(path, NOTE.replace('walk downwind', 'walk downwind slowly'))
    second.forget(path)
    const edited = await second.compile(path)
    expect(second.stats()).toEqual({ memory: 0, disk: 1, compiled: 1 })
    expect(edited.searchDocs[0]?.text).toContain('slowly')
    await second.close()
  })

  it('stops a note that runs past the time limit and serves it as a timeout error page', async () => {
    const root = folderWith({ 'long-stream.md': generateNote(300_000) })
    const compiler = createNoteCompiler({ root, cacheDir: join(root, 'cache'), timeLimitMs: 1 })
    const record = await compiler.compile(join(root, 'long-stream.md'))
    await compiler.close()
    const page = JSON.parse(record.json) as CompiledNote
    expect(page.doc).toMatchObject({ slug: 'long-stream', title: 'Long stream', claims: [] })
    expect(page.doc.tree.children).toEqual([])
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'note-compile-timeout', line: 1 }),
    ])
  })
})

describe('the compile pool', { timeout: 30_000 }, () => {
  it('replaces a worker stopped at the time limit and compiles the next note', async () => {
    const pool = createCompilePool({ size: 1, timeLimitMs: 1_000 })
    const slow = pool.run({ source: generateNote(3_000_000), file: 'slow.md' })
    const next = pool.run({ source: NOTE, file: 'dunes.md' })
    expect((await slow).type).toBe('timed-out')
    const outcome = await next
    await pool.close()
    expect(outcome.type === 'compiled' && outcome.record.entry.title).toBe('Dunes')
  })

  it('answers a note that makes the compiler throw with its error, and the worker compiles the next', async () => {
    const pool = createCompilePool({ size: 1, timeLimitMs: 20_000 })
    // No markdown makes the hardened parser throw: a source that is not text stands in for a compiler bug.
    const broken = pool.run({ source: 42 as unknown as string, file: 'broken.md' })
    const next = pool.run({ source: NOTE, file: 'dunes.md' })
    const outcome = await broken
    expect(outcome).toMatchObject({ type: 'threw', message: expect.any(String) })
    expect((await next).type).toBe('compiled')
    await pool.close()
  })

  it('moves a queued job to the front when it is promoted', async () => {
    const pool = createCompilePool({ size: 1, timeLimitMs: 20_000 })
    const finished: string[] = []
    const jobs = ['a.md', 'b.md', 'c.md', 'd.md'].map((file) => ({ source: NOTE, file }))
    const runs = jobs.map((job) => pool.run(job).then(() => void finished.push(job.file)))
    pool.promote(jobs[3]!)
    await Promise.all(runs)
    await pool.close()
    expect(finished).toEqual(['d.md', 'a.md', 'b.md', 'c.md'])
  })
})
