import type { Element, Root, Text } from 'hast'
import type { RegExpMatchObject } from 'hast-util-find-and-replace'
import { findAndReplaceByBlock } from './find-and-replace-by-block.ts'
import type { VFile } from 'vfile'
import type { Wikilink } from './model.ts'
import { report } from './report.ts'

declare module 'vfile' {
  interface DataMap {
    wikilinks: Wikilink[]
  }
}

/**
 * A wikilink: `[[target]]`, `[[target|label]]` or `[[target | label]]`.
 * Targets may hold spaces, capitals and any letters, but no brackets or pipes.
 */
const WIKILINK = new RegExp(
  [
    /\[\[/.source, // opening double bracket
    /([^[\]|\n]*)/.source, // 1: the target (may be blank, which is reported)
    /(?:\|([^[\]\n]*))?/.source, // 2: an optional label after a pipe
    /\]\]/.source, // closing double bracket
  ].join(''),
  'g',
)

export interface WikilinkOptions {
  /**
   * Where a link to `target` points, as the caller's app routes it; without
   * one, a wikilink carries only its `data-wikilink` target.
   */
  readonly href?: (target: string) => string
}

/**
 * Turns wikilinks into links `<a data-wikilink="<target>" href="…">`, the href
 * built by the caller. Whether a note of that name exists is the reader's
 * business, not the parser's.
 */
export default function rehypeWikilinks(options: WikilinkOptions = {}) {
  return (tree: Root, file: VFile) => {
    const found: Wikilink[] = []
    file.data.wikilinks = found
    findAndReplaceByBlock(
      tree,
      [
        WIKILINK,
        (
          whole: string,
          rawTarget: string,
          rawLabel: string | undefined,
          match: RegExpMatchObject,
        ) => {
          const target = rawTarget.trim()
          if (target === '') {
            const text = match.stack.at(-1) as Text | undefined
            report(
              file,
              'warning',
              'wikilink-empty',
              `${whole} links to nothing; it is shown as text.`,
              text,
            )
            return false
          }
          const label = rawLabel?.trim() || target
          found.push({ target, label })
          return createWikilinkElement(target, label, options.href?.(target))
        },
      ],
      { ignore: ['code', 'pre', 'a', 'button', 'script', 'style'] },
    )
  }
}

function createWikilinkElement(target: string, label: string, href: string | undefined): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: href === undefined ? { dataWikilink: target } : { dataWikilink: target, href },
    children: [{ type: 'text', value: label }],
  }
}
