import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lockstepNotes } from '../../src/build/notes-plugin.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'

/** A project folder with a `content/` of the given notes. */
function projectWith(notes: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-plugin-'))
  mkdirSync(join(root, 'content'))
  for (const [name, source] of Object.entries(notes))
    writeFileSync(join(root, 'content', name), source)
  return root
}

/** Calls a plugin hook written either as a function or as `{ handler }`. */
function call<T>(hook: unknown, self: unknown, ...args: unknown[]): T {
  const run = typeof hook === 'function' ? hook : (hook as { handler: Function }).handler
  return run.apply(self, args) as T
}

/** Runs the plugin's hooks the way Vite does for one import of the virtual module. */
async function loadNotes(
  plugin: Plugin,
  root: string,
): Promise<{ code: string; watched: string[] }> {
  call(plugin.configResolved, {}, { root } as ResolvedConfig)
  const id = call<string>(plugin.resolveId, {}, 'virtual:lockstep-notes')
  const watched: string[] = []
  const code = await call<Promise<string> | string>(
    plugin.load,
    { addWatchFile: (f: string) => watched.push(f) },
    id,
  )
  return { code, watched }
}

function notesOf(code: string): CompiledNote[] {
  const json = /^export const notes = (.*)$/m.exec(code)?.[1]
  if (!json) throw new Error(`no notes export in:\n${code}`)
  return JSON.parse(json) as CompiledNote[]
}

const CLEAN =
  '---\ntitle: Tides\nvideoId: abcdefghijk\n---\n\nThe tide turns twice a day <a class="yt-timestamp" data-t="1:05">[1:05]</a>.\n'
const BROKEN =
  '---\ntitle: Broken\nvideoId: abcdefghijk\n---\n\nA stamp nobody can read <a class="yt-timestamp" data-t="soon">[later]</a>.\n'

describe('the lockstep-notes Vite plugin', () => {
  afterEach(() => vi.restoreAllMocks())

  it('compiles every note of content/ into the virtual module, in name order', async () => {
    const root = projectWith({
      'b-tides.md': CLEAN,
      'a-broken.md': BROKEN,
      'notes.txt': 'not a note',
    })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { code, watched } = await loadNotes(lockstepNotes(), root)
    const notes = notesOf(code)
    expect(notes.map((n) => n.doc.slug)).toEqual(['a-broken', 'b-tides'])
    expect(notes[1]?.doc.claims.map((c) => c.id)).toEqual(['t65'])
    expect(watched.map((f) => f.slice(root.length))).toEqual([
      '/content/a-broken.md',
      '/content/b-tides.md',
    ])
  })

  it('ships the tree without source positions or parser scratch data', async () => {
    const root = projectWith({ 'tides.md': CLEAN })
    const { code } = await loadNotes(lockstepNotes(), root)
    expect(code).not.toMatch(/"position"|"data":\{"(claim|citation)"/)
    expect(code).toContain('"dataClaimId":"t65"')
  })

  it('prints each problem as file:line:col severity rule message', async () => {
    const root = projectWith({ 'broken.md': BROKEN })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { code } = await loadNotes(lockstepNotes(), root)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^content\/broken\.md:6:25 {2}error {2}citation-unreadable {2}/),
    )
    expect(notesOf(code)[0]?.diagnostics.map((d) => d.rule)).toEqual(['citation-unreadable'])
  })
})
