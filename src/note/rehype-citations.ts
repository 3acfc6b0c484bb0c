import type { Element, ElementContent, Root, Text } from 'hast'
import type { RegExpMatchObject } from 'hast-util-find-and-replace'
import { findAndReplaceByBlock } from './find-and-replace-by-block.ts'
import { toString } from 'hast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { createCitationElement } from './citation-node.ts'
import { readCitation, readStamp } from './read-citation.ts'
import type { TimestampMode } from './model.ts'
import { report } from './report.ts'

declare module 'vfile' {
  interface DataMap {
    timestampMode: TimestampMode
  }
}

/**
 * Turns both ways of citing a moment into citation chips: the anchors
 * `<a class="yt-timestamp" data-t="T">[T]</a>` and bare `[T]` stamps in text.
 */
export default function rehypeCitations() {
  return (tree: Root, file: VFile) => {
    // Set by parseNote from the frontmatter before this runs.
    file.data.timestampMode ??= 'auto'
    // Bare stamps first: their pass skips anchors, so the label an unreadable
    // anchor leaves behind as text is not read (and reported) a second time.
    replaceBareStamps(tree, file)
    replaceAnchors(tree, file)
  }
}

function isCitationAnchor(node: Element): boolean {
  const className = node.properties['className']
  return node.tagName === 'a' && Array.isArray(className) && className.includes('yt-timestamp')
}

function replaceAnchors(tree: Root, file: VFile): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !isCitationAnchor(node)) return
    const dataT = node.properties['dataT']
    const reading = readCitation(
      dataT === undefined || dataT === null ? null : String(dataT),
      toString(node),
      file.data.timestampMode ?? 'auto',
    )
    if (reading.problem)
      report(file, reading.problem.severity, reading.problem.rule, reading.problem.message, node)
    const replacement: ElementContent[] =
      reading.seconds === null
        ? node.children
        : [createCitationElement(reading.seconds, false, node)]
    parent.children.splice(index, 1, ...replacement)
    return [SKIP, index + replacement.length]
  })
}

/**
 * A bare stamp: `[` then two or three colon-separated groups of digits, then `]`.
 * A bracketed plain number (`[12]`) is a reference mark, not a time.
 */
const BARE_STAMP = new RegExp(
  [
    /\[/.source, // opening bracket
    /(\d{1,3}(?::\d{1,2}){1,2})/.source, // M:SS, MM:SS, H:MM:SS or HH:MM:SS (validated by parseTimestamp)
    /\]/.source, // closing bracket
    /(?!\()/.source, // not the text of a Markdown link, which remark already made into <a>
  ].join(''),
  'g',
)

function replaceBareStamps(tree: Root, file: VFile): void {
  findAndReplaceByBlock(
    tree,
    [
      BARE_STAMP,
      (whole: string, stamp: string, match: RegExpMatchObject) => {
        const seconds = readStamp(stamp, file.data.timestampMode ?? 'auto')
        const text = match.stack.at(-1) as Text | undefined
        const place = text ? placeWithin(text, match.index) : null
        if (seconds === null) {
          report(
            file,
            'warning',
            'stamp-unreadable',
            `${whole} looks like a time stamp but is not a valid time; it is left as text.`,
            place,
          )
          return false
        }
        return createCitationElement(seconds, true, place)
      },
    ],
    { ignore: ['code', 'pre', 'button', 'a', 'script', 'style'] },
  )
}

/** A node-shaped place for a match inside a text node, for diagnostics. */
function placeWithin(text: Text, offset: number): Element | null {
  const start = text.position?.start
  if (!start) return null
  const before = text.value.slice(0, offset)
  const lines = before.split('\n')
  const line = start.line + lines.length - 1
  const column = lines.length === 1 ? start.column + offset : (lines.at(-1)?.length ?? 0) + 1
  const point = { line, column }
  return {
    type: 'element',
    tagName: 'span',
    properties: {},
    children: [],
    position: { start: point, end: point },
  }
}
