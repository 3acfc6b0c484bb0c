import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type { CompiledNote } from '../note/compiled-note.ts'
import { compileNoteFile, listNoteFiles } from './compile-notes.ts'
import { contentFolder } from './content-folder.ts'

const PUBLIC_ID = 'virtual:lockstep-notes'
const RESOLVED_ID = `\0${PUBLIC_ID}`

/**
 * Compiles the notes of `content/` (or `$LOCKSTEP_CONTENT`, sub-folders too) at build time into `virtual:lockstep-notes`, so the
 * app's bundle carries the model, not a Markdown parser. Problems go to the
 * terminal as `file:line:col`, and errors to the dev overlay; editing a note
 * in dev reloads the page with the new model.
 */
export function lockstepNotes(options: { contentDir?: string } = {}): Plugin {
  let root = process.cwd()
  let contentDir = ''
  let server: ViteDevServer | null = null
  let notes: readonly CompiledNote[] = []
  return {
    name: 'lockstep-notes',
    configResolved(config) {
      root = config.root
      contentDir = resolve(root, options.contentDir ?? contentFolder())
    },
    configureServer(devServer) {
      server = devServer
      devServer.watcher.add(contentDir)
      // A page that loads the notes may connect after they were compiled: show it the errors then.
      devServer.ws.on('connection', () => showFirstError(notes, devServer))
      devServer.watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentDir) || !path.endsWith('.md')) return
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID)
        if (module) devServer.moduleGraph.invalidateModule(module)
        devServer.ws.send({ type: 'full-reload' })
      })
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const files = listNoteFiles(contentDir)
      for (const path of files) this.addWatchFile(path)
      notes = files.map((path) => compileNoteFile(path, root))
      printProblems(notes)
      if (server) showFirstError(notes, server)
      return `export const notes = ${JSON.stringify(notes)}\nexport default notes\n`
    },
  }
}

/** Each problem on the terminal as `file:line:col  severity  rule  message`, like the checker. */
function printProblems(notes: readonly CompiledNote[]): void {
  for (const note of notes) {
    for (const d of note.diagnostics) {
      if (d.severity === 'info') continue
      console.warn(`${note.file}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${d.message}`)
    }
  }
}

/** The dev overlay names the first error of any note; the page under it still shows the note. */
function showFirstError(notes: readonly CompiledNote[], server: ViteDevServer): void {
  for (const note of notes) {
    const error = note.diagnostics.find((d) => d.severity === 'error')
    if (!error) continue
    server.ws.send({
      type: 'error',
      err: {
        message: `${error.rule}: ${error.message}`,
        stack: '',
        id: note.file,
        loc: { file: note.file, line: error.line, column: error.column },
        plugin: 'lockstep-notes',
      },
    })
    return
  }
}
