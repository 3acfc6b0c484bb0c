import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NoteRecord } from './note-record.ts'

/** Compiled notes on disk, by content: survives restarts of the dev server and builds. */
export interface CompileCache {
  /** The cached record for this key, or null. A damaged entry counts as missing. */
  read(key: string): NoteRecord | null
  /** Stores a record; a cache that cannot be written only costs time, so errors are ignored. */
  write(key: string, record: NoteRecord): void
}

/**
 * The cache key of one note: its bytes, its path (the slug and `file` come
 * from it) and the compiler version. Equal keys compile to equal notes.
 */
export function cacheKey(source: Buffer, file: string, version: string): string {
  return createHash('sha256').update(`${version}\0${file}\0`).update(source).digest('hex')
}

/** One JSON file a key, under `dir` (by default `node_modules/.lockstep/cache/`). */
export function createCompileCache(dir: string): CompileCache {
  let made = false
  return {
    read(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as NoteRecord
      } catch {
        return null
      }
    },
    write(key, record) {
      try {
        if (!made) mkdirSync(dir, { recursive: true })
        made = true
        // Write then rename, so a reader in another process never sees half a file.
        const temporary = join(dir, `${key}.${process.pid}.tmp`)
        writeFileSync(temporary, JSON.stringify(record))
        renameSync(temporary, join(dir, `${key}.json`))
      } catch {
        made = false
      }
    },
  }
}
