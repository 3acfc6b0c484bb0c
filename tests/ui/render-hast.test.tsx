// @vitest-environment jsdom
import { render } from '@testing-library/react'
import type { Properties } from 'hast'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { reactProps, renderHast } from '../../src/ui/render-hast.tsx'

const NOTE = `---
title: Rendering
videoId: r3nd3r_1ng0
---

## Tides [[moon | Moon]]

A claim with a *word* <a class="yt-timestamp" data-t="1:05">[1:05]</a>.

| a | b |
|---|---|
| one | two |

- [x] a done task

> [!info] Aside
> Inside a callout.
`

/** A stand-in for the citation chip: shows that a component gets the element's props. */
function Chip(props: Record<string, unknown>) {
  return <mark data-seconds={String(props['data-citation'])}>{props['children'] as string}</mark>
}

describe('rendering a note tree as React elements', () => {
  it('gives the same DOM as the tree describes, data and aria names dashed', () => {
    const { doc } = parseNote(NOTE, { slug: 'rendering' })
    const { container } = render(<div>{renderHast(doc.tree, {})}</div>)
    expect(
      container.querySelector('h2[data-section-id="tides-moon"] a[data-wikilink="moon"]'),
    ).toHaveTextContent('Moon')
    const claim = container.querySelector('span[data-claim-id="t65"][data-claim-times="65"]')!
    expect(claim.querySelector('em')).toHaveTextContent('word')
    expect(claim.querySelector('button[data-citation="65"][type="button"]')).toHaveTextContent(
      '1:05',
    )
    expect(container.querySelectorAll('table tbody tr td')).toHaveLength(2)
    expect(container.querySelector('input[type="checkbox"]')).toBeChecked()
    expect(
      container.querySelector('div.callout.callout-info[data-callout="info"] p.callout-title'),
    ).toHaveTextContent('Aside')
  })

  it('uses the given component for a tag and hands it the element’s props and children', () => {
    const { doc } = parseNote(NOTE, { slug: 'rendering' })
    const { container } = render(<div>{renderHast(doc.tree, { button: Chip })}</div>)
    expect(container.querySelector('mark[data-seconds="65"]')).toHaveTextContent('1:05')
  })

  it.each([
    [{ className: ['a', 'b'] }, { className: 'a b' }],
    [{ dataFootnoteRef: true }, { 'data-footnote-ref': true }],
    [{ ariaLabel: 'x' }, { 'aria-label': 'x' }],
    [
      { colSpan: 2, href: '#/n/x' },
      { colSpan: 2, href: '#/n/x' },
    ],
    [
      { checked: true, disabled: true },
      { defaultChecked: true, disabled: true },
    ],
    [{ hidden: false, title: undefined, style: 'color: red' }, {}],
  ] as [Properties, Record<string, unknown>][])(
    'translates %o to React props %o',
    (properties, expected) => {
      expect(reactProps(properties)).toEqual(expected)
    },
  )
})
