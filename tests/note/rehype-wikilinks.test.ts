import type { Element, Nodes } from 'hast'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'

const NOTE = `---
title: Kilns
videoId: abcdefghijk
---

Wood ash glazes the pots [[Ash Glazes | ash]] <a class="yt-timestamp" data-t="00:01:05">[00:01:05]</a>.
`

function wikilinks(node: Nodes): Element[] {
  const own = node.type === 'element' && node.properties['dataWikilink'] !== undefined ? [node] : []
  return 'children' in node ? [...own, ...node.children.flatMap(wikilinks)] : own
}

describe('rehype-wikilinks', () => {
  it('points a wikilink where the caller’s link builder says', () => {
    const { doc } = parseNote(NOTE, {
      slug: 'kilns',
      wikilinkHref: (target) => `/notes/${target.toUpperCase()}`,
    })
    expect(wikilinks(doc.tree).map((link) => link.properties)).toEqual([
      { dataWikilink: 'Ash Glazes', href: '/notes/ASH GLAZES' },
    ])
  })

  it('knows no route of its own: without a builder a wikilink carries only its target', () => {
    const { doc } = parseNote(NOTE, { slug: 'kilns' })
    const [link] = wikilinks(doc.tree)
    expect(link?.properties).toEqual({ dataWikilink: 'Ash Glazes' })
    expect(doc.wikilinks).toEqual([{ target: 'Ash Glazes', label: 'ash' }])
  })

  it('keeps the safety net: a builder’s javascript: link is dropped by the final sanitiser', () => {
    const { doc } = parseNote(NOTE, { slug: 'kilns', wikilinkHref: () => 'javascript:alert(1)' })
    expect(wikilinks(doc.tree)[0]?.properties['href']).toBeUndefined()
  })
})
