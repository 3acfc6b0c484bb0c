import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import type { Nodes } from 'hast'
import { parseNote } from '../note/parse-note.ts'
import type { CompiledNote } from '../note/compiled-note.ts'

/** The `.md` files of a content folder, in name order. */
export function listNoteFiles(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.md'))
    .toSorted()
    .map((name) => join(contentDir, name))
}

/** Parses one note file into what the app ships: the model without source positions. */
export function compileNoteFile(path: string, root: string): CompiledNote {
  const file = relative(root, path)
  const { doc, diagnostics } = parseNote(readFileSync(path, 'utf8'), {
    slug: basename(path, '.md'),
    path: file,
  })
  stripParserData(doc.tree)
  return { file, doc, diagnostics }
}

/** Positions and parser scratch data are of no use in the browser and triple the size. */
function stripParserData(node: Nodes): void {
  delete node.position
  delete node.data
  if ('children' in node) for (const child of node.children) stripParserData(child)
}
