import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { CompiledNote } from '../note/compiled-note.ts'
import { describeNote, pageDiagnostics } from '../library/describe-note.ts'
import type { LibraryManifest } from '../library/library-entry.ts'
import { createSearchIndexJson } from '../library/search-index.ts'
import { compileNoteFile, listNoteFiles } from './compile-notes.ts'
import { contentFolder } from './content-folder.ts'

const PUBLIC_ID = 'virtual:lockstep-library'
const RESOLVED_ID = `\0${PUBLIC_ID}`
const DEV_ROOT = '/@lockstep/'

/**
 * Interim: compiles every note in-process and serves the library as JSON
 * (dev) or emits it as files (build). Being replaced by the pooled, cached compiler.
 */
export function lockstepNotes(options: { contentDir?: string } = {}): Plugin {
  let root = process.cwd()
  let contentDir = ''
  let command: 'serve' | 'build' = 'serve'
  const compileAll = () =>
    listNoteFiles(contentDir).map((path) => {
      const note = compileNoteFile(path, root)
      return { ...note, diagnostics: pageDiagnostics(note) } satisfies CompiledNote
    })
  return {
    name: 'lockstep-notes',
    configResolved(config) {
      root = config.root
      command = config.command
      contentDir = resolve(root, options.contentDir ?? contentFolder())
    },
    configureServer(server) {
      server.watcher.add(contentDir)
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(contentDir) && path.endsWith('.md'))
          server.ws.send({ type: 'full-reload' })
      })
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? ''
        if (!url.startsWith(DEV_ROOT)) return next()
        const notes = compileAll()
        const lib = describeLibrary(
          notes,
          (n) => `${DEV_ROOT}note/${encodeURIComponent(n.doc.slug)}.json`,
          DEV_ROOT,
        )
        const path = decodeURIComponent(url.slice(DEV_ROOT.length).split('?')[0] ?? '')
        const note = path.startsWith('note/')
          ? notes.find((n) => `note/${n.doc.slug}.json` === path)
          : undefined
        const body =
          path === 'manifest.json'
            ? lib.manifest
            : path === 'links.json'
              ? lib.links
              : path === 'search.json'
                ? JSON.parse(createSearchIndexJson(lib.docs))
                : note
        if (body === undefined) return next()
        response.setHeader('Content-Type', 'application/json')
        response.setHeader('Cache-Control', 'no-store')
        response.end(JSON.stringify(body))
      })
    },
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const url = command === 'serve' ? `${DEV_ROOT}manifest.json` : 'library/manifest.json'
      return `export const manifestUrl = ${JSON.stringify(url)}\n`
    },
    generateBundle() {
      const notes = compileAll()
      const lib = describeLibrary(
        notes,
        (n) => `library/n/${encodeURIComponent(n.doc.slug)}.json`,
        'library/',
      )
      const emit = (fileName: string, value: unknown) =>
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(value) })
      for (const note of notes) emit(`library/n/${encodeURIComponent(note.doc.slug)}.json`, note)
      emit('library/manifest.json', lib.manifest)
      emit('library/links.json', lib.links)
      emit('library/search.json', JSON.parse(createSearchIndexJson(lib.docs)))
    },
  }
}

function describeLibrary(
  notes: readonly CompiledNote[],
  noteUrl: (n: CompiledNote) => string,
  prefix: string,
) {
  const records = notes.map((n) => describeNote(n, 'vault', noteUrl(n)))
  const manifest: LibraryManifest = {
    version: 1,
    notes: records.map((r) => r.entry),
    links: `${prefix}links.json`,
    search: `${prefix}search.json`,
  }
  return {
    manifest,
    links: records.flatMap((r) => r.links),
    docs: records.flatMap((r) => r.searchDocs),
  }
}
