// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/note/model.ts'
import { type Audience, AudienceContext } from '../../src/ui/audience.ts'
import { DiagnosticsPanel } from '../../src/ui/diagnostics-panel.tsx'

const UNREADABLE: Diagnostic = {
  line: 7,
  column: 14,
  severity: 'error',
  rule: 'citation-unreadable',
  message: 'The citation [9:99] is not a time; it is shown as text.',
}
const AS_HOURS: Diagnostic = {
  line: 3,
  column: 40,
  severity: 'warning',
  rule: 'stamps-minutes-as-hours',
  message: '4 stamps lie past 4 hours … If so, add `timestamps: mm:ss` to the frontmatter.',
}

function panelFor(audience: Audience, diagnostics: readonly Diagnostic[]): HTMLElement {
  render(
    <AudienceContext value={audience}>
      <DiagnosticsPanel file="notes/rivers.md" diagnostics={diagnostics} />
    </AudienceContext>,
  )
  return document.querySelector<HTMLElement>('[data-diagnostics]')!
}

describe('DiagnosticsPanel', () => {
  it('gives the author each problem with its place, rule and advice', () => {
    const panel = panelFor('author', [UNREADABLE, AS_HOURS, { ...UNREADABLE, line: 9 }])
    expect(panel.querySelector('summary')).toHaveTextContent('This note has 2 errors, 1 warning')
    expect(panel).toHaveTextContent('notes/rivers.md:7:14')
    expect(panel).toHaveTextContent('(citation-unreadable)')
    expect(panel).toHaveTextContent('add `timestamps: mm:ss` to the frontmatter')
    expect(panel.querySelectorAll('li')).toHaveLength(3)
  })

  it('says “1 error”, not “1 errors”, to the author', () => {
    const panel = panelFor('author', [UNREADABLE])
    expect(panel.querySelector('summary')).toHaveTextContent(/^This note has 1 error$/)
  })

  it('tells a reader what they see, once per kind of problem, without advice or places', () => {
    const panel = panelFor('reader', [UNREADABLE, AS_HOURS, { ...UNREADABLE, line: 9 }])
    const items = [...panel.querySelectorAll('li')]
    expect(items.map((li) => li.dataset['rule'])).toEqual([
      'citation-unreadable',
      'stamps-minutes-as-hours',
    ])
    expect(items[0]).toHaveTextContent(
      'Some times in this note could not be read, so they are shown as plain text.',
    )
    expect(panel).not.toHaveTextContent('frontmatter')
    expect(panel).not.toHaveTextContent('rivers.md')
    expect(panel).not.toHaveTextContent('citation-unreadable')
  })

  it('keeps the count of problems in data-count for either audience', () => {
    expect(panelFor('reader', [UNREADABLE, AS_HOURS])).toHaveAttribute('data-count', '2')
  })

  it('shows nothing for a clean note', () => {
    render(<DiagnosticsPanel file="clean.md" diagnostics={[]} />)
    expect(document.querySelector('[data-diagnostics]')).toBeNull()
  })
})
