// The unsafe-html fixture holds script, style, iframe, img onerror, an onclick
// attribute and javascript: links. Whatever the parser keeps of them, the
// sanitised tree it hands to the renderer must carry none of it (DESIGN §7).
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { readFixture } from './golden-fixtures.ts'
import { collectElements, unsafeThingsIn } from './tree-safety.ts'

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'img'])

function hrefsOf(element: Element): string[] {
  return ['href', 'src', 'xLinkHref', 'action', 'formAction']
    .map((name) => element.properties[name])
    .filter((value): value is string => typeof value === 'string')
}

describe('sanitised note tree', () => {
  const { source } = readFixture('unsafe-html')
  const tree = parseNote(source, { slug: 'unsafe-html' }).doc.tree
  const elements = collectElements(tree)

  it('passes the shared safety check', () => {
    expect(unsafeThingsIn(tree)).toEqual([])
  })

  it('keeps no script, style, iframe or img element', () => {
    const tags = elements.map((element) => element.tagName)
    expect(tags.filter((tag) => FORBIDDEN_TAGS.has(tag))).toEqual([])
  })

  it('keeps no on* event handler property', () => {
    const handlers = elements.flatMap((element) =>
      Object.keys(element.properties).filter((name) => /^on/i.test(name)),
    )
    expect(handlers).toEqual([])
  })

  it('keeps no javascript: link', () => {
    const links = elements.flatMap(hrefsOf).filter((url) => /^\s*javascript:/i.test(url))
    expect(links).toEqual([])
  })

  it('keeps the words written around the dropped html', () => {
    const claims = parseNote(source, { slug: 'unsafe-html' }).doc.claims.map((claim) => claim.text)
    expect(claims).toContain('The launch went well.')
  })
})

describe('an element the sanitiser drops', () => {
  it('loses only itself when left unclosed, not the rest of the note', () => {
    // HTML puts everything after an unclosed <form> inside it; dropping the form
    // with its contents would drop every later claim with it.
    const source = [
      '---',
      'title: Unclosed form',
      'videoId: Fm0000000x1',
      '---',
      '',
      'A first claim <a class="yt-timestamp" data-t="0:10">[0:10]</a>.',
      '',
      '<form action="https://evil.example/unclosed">',
      '',
      'A second claim <a class="yt-timestamp" data-t="0:20">[0:20]</a>.',
      '',
    ].join('\n')
    const { doc, diagnostics } = parseNote(source, { slug: 'unclosed-form' })
    expect(doc.claims.map((claim) => claim.text)).toEqual(['A first claim.', 'A second claim.'])
    expect(collectElements(doc.tree).map((element) => element.tagName)).not.toContain('form')
    expect(diagnostics.map((diagnostic) => diagnostic.rule)).toContain('html-dropped')
  })
})
