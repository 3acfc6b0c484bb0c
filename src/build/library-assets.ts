import { createHash } from 'node:crypto'
import { countShards, type LinkShards, shardUrl, splitLinks } from '../library/link-shards.ts'
import { createSearchIndexJson } from '../library/search-index.ts'
import { collectLinks, collectSearchDocs, createManifest } from './library-manifest.ts'
import type { LinkRecord } from '../library/library-entry.ts'
import type { NoteRecord } from './note-record.ts'

/** One file the build writes beside the app. */
export interface LibraryAsset {
  readonly fileName: string
  readonly source: string
}

/** The library's files and the manifest's name among them. */
export interface LibraryAssets {
  readonly assets: readonly LibraryAsset[]
  readonly manifestFileName: string
}

/**
 * The built library: `library/n/<hash>.json` a note, the links in shards
 * `library/links-<hash>/<n>.json`, `library/search-<hash>.json` and
 * `library/manifest-<hash>.json`. Names carry a hash of their content (the
 * shards, of all the links), so a host may cache them forever; an unchanged
 * note keeps its URL from build to build. Paths are relative to the page.
 */
export function createLibraryAssets(records: readonly NoteRecord[]): LibraryAssets {
  const noteNames = new Map(records.map((r) => [r, `library/n/${contentHash(r.json)}.json`]))
  const { shards, files: linkFiles } = shardLinkFiles(collectLinks(records))
  const search = createSearchIndexJson(collectSearchDocs(records))
  const searchName = `library/search-${contentHash(search)}.json`
  const manifest = JSON.stringify(
    createManifest(records, {
      note: (record) => noteNames.get(record) ?? '',
      links: shards,
      search: searchName,
    }),
  )
  const manifestFileName = `library/manifest-${contentHash(manifest)}.json`
  const notes = records.map((r) => ({ fileName: noteNames.get(r) ?? '', source: r.json }))
  return {
    assets: [
      ...notes,
      ...linkFiles,
      { fileName: searchName, source: search },
      { fileName: manifestFileName, source: manifest },
    ],
    manifestFileName,
  }
}

/** The links as shards (link-shards.ts), as many as their size asks for, in a folder named by their hash. */
function shardLinkFiles(links: readonly LinkRecord[]): {
  shards: LinkShards
  files: LibraryAsset[]
} {
  const count = countShards(JSON.stringify(links).length)
  const sources = splitLinks(links, count).map((shard) => JSON.stringify(shard))
  const shards = { count, prefix: `library/links-${contentHash(sources.join('\n'))}/` }
  return {
    shards,
    files: sources.map((source, n) => ({ fileName: shardUrl(shards, n), source })),
  }
}

/** The first 12 hex digits of the SHA-256 of a file's text. */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}
