import type { Paragraph, PhrasingContent, Root } from 'mdast'
import type { VFile } from 'vfile'

/** What the plugin leaves on `file.data`. */
declare module 'vfile' {
  interface DataMap {
    channel: string | null
  }
}

/**
 * `From: [[channel]] <br/>` opening a note names the video's channel. The line
 * is taken out of the body (the reader shows the channel in its header); a
 * paragraph glued to it without a blank line stays.
 */
export default function remarkFromLine() {
  return (tree: Root, file: VFile) => {
    file.data.channel = null
    const index = tree.children.findIndex((node) => node.type !== 'yaml')
    const first = tree.children[index]
    if (first?.type !== 'paragraph') return
    const channel = takeFromLine(first)
    if (channel === null) return
    file.data.channel = channel
    if (first.children.length === 0) tree.children.splice(index, 1)
  }
}

/**
 * Removes the From line's nodes from the paragraph and returns the channel,
 * or null (paragraph untouched) when the paragraph does not open with one.
 */
function takeFromLine(paragraph: Paragraph): string | null {
  const head = paragraph.children[0]
  if (head?.type !== 'text') return null
  const match = FROM_LINE.exec(head.value)
  if (!match) return null
  const channel = (match[1] ?? match[2] ?? '').trim()
  if (channel === '') return null
  head.value = head.value.slice(match[0].length)
  let rest: PhrasingContent[] = paragraph.children
  if (head.value.trim() === '' || !head.value.startsWith('\n')) {
    // The line may go on to a `<br>` and the line break after it.
    rest = dropLineEnd(rest)
  }
  const lead = rest[0]
  if (lead?.type === 'text') lead.value = lead.value.replace(/^\s+/, '')
  paragraph.children = rest.filter((node) => node.type !== 'text' || node.value !== '')
  return channel
}

/** Drops what ends the From line: empty text, `<br>` html and the newline after it. */
function dropLineEnd(children: PhrasingContent[]): PhrasingContent[] {
  let i = 0
  while (i < children.length) {
    const node = children[i]
    if (node?.type === 'text' && node.value.trim() === '') i++
    else if (node?.type === 'html' && BREAK.test(node.value)) i++
    else if (node?.type === 'break') i++
    else break
  }
  return children.slice(i)
}

const FROM_LINE = new RegExp(
  [
    /^From:[ \t]*/.source, // the label, at the very start of the note's first paragraph
    '(?:',
    /\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/.source, // 1: the channel as a wikilink, [[name]] or [[name|label]]
    '|',
    // 2: …or as plain text up to a tag or the end of the line, trailing blanks
    // included (trimmed later). Greedy on purpose: a lazy group followed by
    // `[ \t]*` retried every split of a long run of blanks (minutes on 100 kB).
    /([^\n<]+)/.source,
    ')',
    /[ \t]*(?=<|\n|$)/.source, // trailing blanks after a wikilink, then `<br/>`, a newline or the end
  ].join(''),
)

const BREAK = /^<br\s*\/?>$/i
