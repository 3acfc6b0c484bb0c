// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { describeNote } from '../../../src/library/describe-note.ts'
import type { OwnNote } from '../../../src/library/own-note.ts'
import type { CompiledNote } from '../../../src/note/compiled-note.ts'
import { parseNote } from '../../../src/note/parse-note.ts'
import { App } from '../../../src/ui/app.tsx'
import { libraryOf } from '../../support/library-of.ts'

function compile(slug: string, source: string): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { slug })
  return { file: `content/${slug}.md`, doc, diagnostics }
}

function videoNote(slug: string, title: string, channel: string, videoId: string | null) {
  const front = videoId === null ? `title: ${title}` : `title: ${title}\nvideoId: ${videoId}`
  return compile(
    slug,
    `---\n${front}\n---\n\nFrom: [[${channel}]] <br/>\n\n## Firing\n\nA claim <a class="yt-timestamp" data-t="00:07:37">[00:07:37]</a>.\nAnother <a class="yt-timestamp" data-t="01:10:23">[01:10:23]</a>.\n`,
  )
}

const KILNS = videoNote('kilns', 'How a kiln is run', 'Clay and Fire', 'Vv0000000A1')
const GLAZES = videoNote('glazes', 'Ash glazes', 'Clay and Fire', 'Vv0000000A2')
const BREAD = compile(
  'bread',
  // No video, and a citation that cannot be read (an error).
  `---\ntitle: Sourdough\n---\n\nFrom: [[Flour and Water]] <br/>\n\nA claim <a class="yt-timestamp" data-t="00:02:01">[00:02:01]</a>. Rises <a class="yt-timestamp" data-t="bad">[worse]</a>.\n`,
)
const PAGE = compile('reduction', '# Reduction\n\nStarving the fire of air.\n')

function own(note: CompiledNote, addedAt: number): OwnNote {
  return { note, record: describeNote(note, 'own', `own:${note.doc.slug}`), addedAt, bytes: 100 }
}
const MINE = own(videoNote('mine', 'My own firing log', 'Me', 'Vv0000000A3'), 1000)

async function openIndex() {
  window.location.hash = '#/'
  render(<App library={libraryOf([KILNS, GLAZES, BREAD, PAGE], [MINE])} />)
  return screen.findByRole('heading', { name: 'Library', level: 1 })
}

const listed = () =>
  [...document.querySelectorAll('[data-library] [data-library-note]')].map((a) =>
    a.getAttribute('data-library-note'),
  )

/** A note's still, or the tile standing in for it. */
function still(slug: string): Element {
  return document.querySelector(`[data-library-note="${slug}"] [data-thumbnail]`)!
}

describe('the library index', () => {
  beforeEach(() => localStorage.clear())

  it('lists every note, your own under “Your notes”, and plain pages as topics', async () => {
    await openIndex()
    expect(listed().toSorted()).toEqual(['bread', 'glazes', 'kilns', 'mine'])
    const yours = screen.getByRole('region', { name: /^Your notes/ })
    expect(within(yours).getByRole('link', { name: /My own firing log/ })).toHaveAttribute(
      'href',
      '#/n/mine',
    )
    expect(screen.getByRole('link', { name: 'Reduction' })).toHaveAttribute('href', '#/t/reduction')
    expect(document.querySelector('[data-library-note="kilns"]')).toHaveTextContent(
      '2 claims · 7:37–1:10:23',
    )
  })

  it('filters as you type, says how many are left, and Escape clears', async () => {
    const user = userEvent.setup()
    await openIndex()
    const filter = screen.getByRole('searchbox', { name: /Search the library/ })
    await user.type(filter, 'clay')
    expect(listed().toSorted()).toEqual(['glazes', 'kilns'])
    expect(document.querySelector('[data-library-count]')).toHaveTextContent('2 of 4 notes')
    await user.keyboard('{Escape}')
    expect(filter).toHaveValue('')
    expect(listed()).toHaveLength(4)
  })

  it('marks a note with errors with a problems badge', async () => {
    const errors = describeNote(BREAD, 'vault', 'x').entry.errors
    expect(errors).toBeGreaterThan(0)
    await openIndex()
    const badge = document.querySelector('[data-library-note="bread"] [data-library-problems]')
    expect(badge).toHaveTextContent(errors === 1 ? '1 problem' : `${errors} problems`)
    expect(document.querySelector('[data-library-note="kilns"] [data-library-problems]')).toBeNull()
  })

  it('offers “Recently added” when you have notes of your own', async () => {
    await openIndex()
    const sort = screen.getByRole('combobox', { name: 'Sort' })
    expect(within(sort).getByRole('option', { name: 'Recently added' })).toBeInTheDocument()
  })

  it('shows a tile instead of a still that fails, and for a note without a video', async () => {
    await openIndex()
    expect(still('bread')).toHaveAttribute('data-thumbnail', 'placeholder')
    const img = still('kilns').querySelector('img')!
    expect(img).toHaveAttribute('src', 'https://i.ytimg.com/vi/Vv0000000A1/mqdefault.jpg')
    expect(img).toHaveAttribute('alt', '')
    expect(img).toHaveAttribute('loading', 'lazy')
    fireEvent.error(img)
    expect(still('kilns')).toHaveAttribute('data-thumbnail', 'placeholder')
    expect(still('kilns').querySelector('img')).toBeNull()
  })
})
