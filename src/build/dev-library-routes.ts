import type { Connect } from 'vite'
import { countShards, splitLinks } from '../library/link-shards.ts'
import { createSearchIndexJson } from '../library/search-index.ts'
import { slugOfFile } from './compile-notes.ts'
import { collectLinks, collectSearchDocs, createManifest } from './library-manifest.ts'
import type { NoteCompiler } from './note-compiler.ts'
import type { NoteRecord } from './note-record.ts'

/** Where the dev server serves the library; the app finds the manifest through `virtual:lockstep-library`. */
export const DEV_LIBRARY_PREFIX = '/@lockstep'
export const DEV_MANIFEST_URL = `${DEV_LIBRARY_PREFIX}/manifest.json`
const DEV_LINKS_PREFIX = `${DEV_LIBRARY_PREFIX}/links/`
const DEV_SEARCH_URL = `${DEV_LIBRARY_PREFIX}/search.json`

/** The dev URL of one note: compiled when asked for, and only that note. */
export function devNoteUrl(slug: string): string {
  return `${DEV_LIBRARY_PREFIX}/note/${encodeURIComponent(slug)}.json`
}

/** What the routes need from the plugin. */
export interface DevLibrary {
  readonly compiler: NoteCompiler
  /** The note files now, in path order: read on every request, so added files show up. */
  readonly listFiles: () => string[]
  /**
   * Told of the records a request compiled (for the terminal and the
   * overlay); `opened` when the request was for one note the author opened.
   */
  readonly onCompiled: (records: readonly NoteRecord[], opened: boolean) => void
}

interface Reply {
  readonly status: number
  readonly body: string
}

/**
 * The dev server's library, mounted at {@link DEV_LIBRARY_PREFIX}:
 * `manifest.json` (compiles every note, through the cache), `note/<slug>.json`
 * (compiles that file only, ahead of any other), `links/<n>.json` (the
 * links' shards, as the build splits them), `search.json`.
 * Nothing is cached by the browser: an edited note is new on the next load.
 */
export function createDevLibraryRoutes(library: DevLibrary): Connect.NextHandleFunction {
  const compileAll = async () => {
    const records = await library.compiler.compileAll(library.listFiles())
    library.onCompiled(records, false)
    return records
  }
  const route = async (path: string): Promise<Reply | null> => {
    if (path === '/manifest.json') {
      const records = await compileAll()
      const manifest = createManifest(records, {
        note: (record) => devNoteUrl(record.entry.slug),
        links: { count: countLinkShards(records), prefix: DEV_LINKS_PREFIX },
        search: DEV_SEARCH_URL,
      })
      return { status: 200, body: JSON.stringify(manifest) }
    }
    const shard = /^\/links\/(\d+)\.json$/.exec(path)
    if (shard) {
      const records = await compileAll()
      const links = splitLinks(collectLinks(records), countLinkShards(records))
      const body = links[Number(shard[1])]
      // A shard past the count: the manifest it came from is older than the notes.
      if (!body) return { status: 404, body: JSON.stringify({ error: 'No such shard.' }) }
      return { status: 200, body: JSON.stringify(body) }
    }
    if (path === '/search.json')
      return { status: 200, body: createSearchIndexJson(collectSearchDocs(await compileAll())) }
    const slug = noteSlugOf(path)
    if (slug === null) return null
    const file = library.listFiles().find((each) => slugOfFile(each) === slug)
    if (!file) return { status: 404, body: JSON.stringify({ error: `No note is named ${slug}.` }) }
    const record = await library.compiler.compile(file, { urgent: true })
    library.onCompiled([record], true)
    return { status: 200, body: record.json }
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const path = (req.url ?? '').split('?')[0] ?? ''
    route(path).then(
      (reply) => (reply ? send(res, reply) : next()),
      (error: unknown) =>
        send(res, { status: 500, body: JSON.stringify({ error: String(error) }) }),
    )
  }
}

function countLinkShards(records: readonly NoteRecord[]): number {
  return countShards(JSON.stringify(collectLinks(records)).length)
}

/** `/note/<encoded slug>.json` → the slug, or null for any other path. */
function noteSlugOf(path: string): string | null {
  const match = /^\/note\/([^/]+)\.json$/.exec(path)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}

function send(res: Parameters<Connect.NextHandleFunction>[1], reply: Reply): void {
  res.statusCode = reply.status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(reply.body)
}
