// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import { parseNote } from '../../src/note/parse-note.ts'
import { App } from '../../src/ui/app.tsx'

function compile(slug: string, source: string): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { slug })
  return { file: `content/${slug}.md`, doc, diagnostics }
}

const GLACIERS = compile(
  'glaciers',
  `---
title: How glaciers move
videoId: gl4c13r_mov
---

From: [[Ice Channel]] <br/>

## Flow

Ice flows downhill under its own weight <a class="yt-timestamp" data-t="00:01:05">[00:01:05]</a>, <a class="yt-timestamp" data-t="00:01:12">[00:01:12]</a>. See [[tides]] and [[Nowhere Yet]].
`,
)

const TIDES = compile(
  'tides',
  '---\ntitle: Tides\nvideoId: abcdefghijk\n---\n\nTides turn <a class="yt-timestamp" data-t="bad">[worse]</a>.\n',
)

describe('the note page', () => {
  afterEach(() => {
    window.location.hash = ''
    vi.restoreAllMocks()
  })

  it('shows the note the hash names, with its header and claims', () => {
    window.location.hash = '#/n/glaciers'
    const { container } = render(<App library={[GLACIERS, TIDES]} />)
    expect(screen.getByRole('heading', { level: 1, name: 'How glaciers move' })).toBeInTheDocument()
    expect(screen.getByText('Ice Channel')).toBeInTheDocument()
    const article = container.querySelector('article[data-note="glaciers"]')!
    const claim = article.querySelector('[data-claim-id="t65"]')!
    expect(claim).toHaveAttribute('data-claim-times', '65 72')
    expect(
      within(claim as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1:05', '1:12'])
  })

  it('routes a wikilink to a note of that name and marks one with no note as unresolved', () => {
    window.location.hash = '#/n/glaciers'
    const { container } = render(<App library={[GLACIERS, TIDES]} />)
    expect(container.querySelector('a[data-wikilink="tides"]')).toHaveAttribute('href', '#/n/tides')
    const missing = container.querySelector('a[data-wikilink="Nowhere Yet"]')!
    expect(missing).toHaveAttribute('data-unresolved')
    expect(missing).not.toHaveAttribute('href')
  })

  it('opens the video on YouTube at the moment a citation chip names', async () => {
    window.location.hash = '#/n/glaciers'
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    render(<App library={[GLACIERS]} />)
    await userEvent.click(screen.getByRole('button', { name: /1:12/ }))
    expect(open).toHaveBeenCalledWith(
      'https://www.youtube.com/watch?v=gl4c13r_mov&t=72s',
      '_blank',
      'noopener',
    )
  })

  it("lists a note's problems with their place, open when there is an error", () => {
    window.location.hash = '#/n/tides'
    const { container } = render(<App library={[GLACIERS, TIDES]} />)
    const panel = container.querySelector('[data-diagnostics]')!
    expect(panel).toHaveAttribute('data-count', '1')
    expect(panel).toHaveAttribute('open')
    expect(panel.textContent).toContain('content/tides.md:6:12')
    expect(screen.getByText(/Tides turn \[worse\]/)).toBeInTheDocument()
  })

  it('says so, and lists the notes there are, for a link to a note that does not exist', () => {
    window.location.hash = '#/n/rivers'
    render(<App library={[GLACIERS, TIDES]} />)
    expect(screen.getByRole('heading', { name: 'No note named “rivers”' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tides' })).toHaveAttribute('href', '#/n/tides')
  })

  it('opens the default note when the hash names none', () => {
    render(<App library={[GLACIERS]} />)
    expect(screen.getByRole('heading', { level: 1, name: 'How glaciers move' })).toBeInTheDocument()
  })
})
