import type { Nodes } from 'hast'
import type { CompiledNote } from './compiled-note.ts'
import { parseNote, type ParseOptions } from './parse-note.ts'

/**
 * Parses a note into what the app keeps: the model without source positions.
 * The build and the browser (a file the reader opens) compile the same way.
 */
export function compileNote(
  source: string,
  options: ParseOptions & { readonly file: string },
): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { ...options, path: options.file })
  stripParserData(doc.tree)
  return { file: options.file, doc, diagnostics }
}

/** Positions and parser scratch data are of no use in the browser and triple the size. */
export function stripParserData(node: Nodes): void {
  delete node.position
  delete node.data
  if ('children' in node) for (const child of node.children) stripParserData(child)
}
