import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { listNoteFiles, slugOfFile } from './compile-notes.ts'
import { contentFolder } from './content-folder.ts'
import {
  createDevLibraryRoutes,
  DEV_LIBRARY_PREFIX,
  DEV_MANIFEST_URL,
} from './dev-library-routes.ts'
import { createLibraryAssets, type LibraryAssets } from './library-assets.ts'
import { NOTE_EDITED_EVENT } from '../library/vault-source.ts'
import { createNoteCompiler, type NoteCompiler } from './note-compiler.ts'
import type { NoteRecord } from './note-record.ts'
import { printProblems, showFirstError } from './report-problems.ts'

const PUBLIC_ID = 'virtual:lockstep-library'
const RESOLVED_ID = `\0${PUBLIC_ID}`

export interface LibraryPluginOptions {
  /** The vault; default `$LOCKSTEP_CONTENT`, else `content/`. Relative to the project root. */
  readonly contentDir?: string
  /** Where compiled notes are kept between runs; default `node_modules/.lockstep/cache/`. */
  readonly cacheDir?: string
  /** Milliseconds one note may take to compile; default 10 s. */
  readonly timeLimitMs?: number
  /** Most compile workers at once; default min(cores, 4). */
  readonly poolSize?: number
}

/** How long after a note was opened a page that connects is still shown that note's error. */
const REPLAY_OVERLAY_MS = 5_000

/**
 * The library of `content/` (or `$LOCKSTEP_CONTENT`, sub-folders too) as JSON
 * files beside the app, so the page's JS does not grow with the notes:
 * `vite build` writes one file a note, the links, the search index and a
 * manifest, whose URL `virtual:lockstep-library` exports. The dev server
 * compiles on request instead (see dev-library-routes.ts). Notes compile in
 * worker threads with a time limit, through a cache keyed by content.
 * Problems go to the terminal as `file:line:col`, and errors to the dev overlay.
 */
export function lockstepLibrary(options: LibraryPluginOptions = {}): Plugin {
  let root = process.cwd()
  let contentDir = ''
  let server: ViteDevServer | null = null
  let compiler: NoteCompiler | null = null
  let built: Promise<LibraryAssets> | null = null
  const printed = new WeakSet<NoteRecord>()
  let lastOpened: { readonly records: readonly NoteRecord[]; readonly at: number } | null = null

  const noteCompiler = () =>
    (compiler ??= createNoteCompiler({
      root,
      cacheDir: resolve(root, options.cacheDir ?? 'node_modules/.lockstep/cache'),
      ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
      ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
    }))
  const listFiles = () => (existsSync(contentDir) ? listNoteFiles(contentDir) : [])
  const buildLibrary = async (paths: readonly string[]) => {
    const records = await noteCompiler().compileAll(paths)
    printProblems(records)
    return createLibraryAssets(records)
  }
  /**
   * In dev, a note's problems are printed once each time it is compiled anew;
   * the overlay shows an error only of the note being opened, never of the
   * others (a vault always holds a few broken files, and they must not cover
   * every page).
   */
  const reportNew = (records: readonly NoteRecord[], opened: boolean) => {
    printProblems(records.filter((record) => !printed.has(record)))
    for (const record of records) printed.add(record)
    if (!opened || !server) return
    lastOpened = { records, at: Date.now() }
    showFirstError(records, server)
  }

  return {
    name: 'lockstep-library',
    configResolved(config) {
      root = config.root
      contentDir = resolve(root, options.contentDir ?? contentFolder())
    },
    configureServer(devServer) {
      server = devServer
      // A worker ready before the first page asks for a note (not in Vitest's server, which never listens).
      devServer.httpServer?.once('listening', () => noteCompiler().warmUp())
      devServer.middlewares.use(
        DEV_LIBRARY_PREFIX,
        createDevLibraryRoutes({ compiler: noteCompiler(), listFiles, onCompiled: reportNew }),
      )
      devServer.watcher.add(contentDir)
      // A page may connect just after its note was compiled: show it that note's error then.
      devServer.ws.on('connection', () => {
        if (lastOpened && Date.now() - lastOpened.at < REPLAY_OVERLAY_MS)
          showFirstError(lastOpened.records, devServer)
      })
      devServer.watcher.on('all', (event, path) => {
        if (!path.startsWith(contentDir) || !path.endsWith('.md')) return
        compiler?.forget(path)
        // An edited note is read again in place, the reader keeping its player and
        // its time; a note added or removed changes the library: the page reloads.
        if (event === 'change')
          devServer.ws.send({
            type: 'custom',
            event: NOTE_EDITED_EVENT,
            data: { slug: slugOfFile(path) },
          })
        else devServer.ws.send({ type: 'full-reload' })
      })
    },
    buildStart() {
      if (server) return
      const paths = listFiles()
      for (const path of paths) this.addWatchFile(path)
      // Compiles alongside the bundling; the virtual module and generateBundle wait for it.
      built = buildLibrary(paths)
      built.catch(() => {})
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const url = server
        ? DEV_MANIFEST_URL
        : (await (built ??= buildLibrary(listFiles()))).manifestFileName
      return `export const manifestUrl = ${JSON.stringify(url)}\n`
    },
    async generateBundle() {
      if (!built) return
      for (const { fileName, source } of (await built).assets)
        this.emitFile({ type: 'asset', fileName, source })
    },
    async closeBundle() {
      await compiler?.close()
      compiler = null
      built = null
    },
  }
}
