import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Bump to throw away every cached note when the cache's format changes. */
const CACHE_FORMAT = 1

/**
 * The sources whose change changes a compiled note: the parser, the library's
 * description of a note, this compile step, and the lockfile that pins the
 * unified/remark/rehype/yaml versions.
 */
const SOURCE_FOLDERS = ['../note/'] as const
const SOURCE_FILES = [
  './compile-notes.ts',
  './compile-worker.ts',
  './failed-note.ts',
  './note-compiler.ts',
  './note-record.ts',
  '../library/describe-note.ts',
  '../ui/route.ts',
  '../../package-lock.json',
] as const

let memo: string | null = null

/**
 * A hash of everything that decides what a note compiles to: part of every
 * cache key, so editing the parser invalidates the cache by itself.
 */
export function compilerVersion(): string {
  if (memo) return memo
  const hash = createHash('sha256').update(`lockstep-cache-${CACHE_FORMAT}\n`)
  const files = [
    ...SOURCE_FOLDERS.flatMap((folder) => {
      const dir = new URL(folder, import.meta.url)
      return readdirSync(dir)
        .filter((name) => /\.(ts|mjs)$/.test(name))
        .toSorted()
        .map((name) => new URL(name, dir))
    }),
    ...SOURCE_FILES.map((file) => new URL(file, import.meta.url)),
  ]
  for (const url of files) {
    const path = fileURLToPath(url)
    if (!existsSync(path)) continue
    hash.update(`${path}\n`).update(readFileSync(path))
  }
  memo = hash.digest('hex').slice(0, 16)
  return memo
}
