// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CompiledNote } from '../../../src/note/compiled-note.ts'
import { parseNote } from '../../../src/note/parse-note.ts'
import { YT_STATE } from '../../../src/player/youtube-codes.ts'
import { App } from '../../../src/ui/app.tsx'
import { createFakeRawPlayer, type FakeRawPlayer } from '../../player/fake-raw-player.ts'
import { FakeYouTube, fireYouTube, resetFakeYouTube } from '../../player/react-youtube-fake.tsx'
import { libraryOf } from '../../support/library-of.ts'
import { SAMPLE_NOTE } from '../../support/sample-note.ts'

vi.mock('react-youtube', async () => ({
  default: (await import('../../player/react-youtube-fake.tsx')).FakeYouTube,
}))

function compile(slug: string, source: string): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { slug })
  return { file: `content/${slug}.md`, doc, diagnostics }
}

const RIVERS = compile(
  'rivers',
  SAMPLE_NOTE.replace(
    '## Tides',
    'From: [[Water Channel]] <br/>\n\n## Tides\n\nSee [[tides]] and [[Nowhere Yet]].',
  ),
)
const TIDES = compile(
  'tides',
  '---\ntitle: Tides\nvideoId: abcdefghijk\n---\n\nTides turn <a class="yt-timestamp" data-t="bad">[worse]</a>.\n',
)

/** How long a lazily loaded part of the reader may take to arrive under Vitest. */
const LAZY_LOAD_MS = 10_000

/** Opens a note and makes its YouTube player ready, as react-youtube would. */
async function openReady(hash: string, library = [RIVERS, TIDES]): Promise<FakeRawPlayer> {
  window.location.hash = hash
  render(<App library={libraryOf(library)} />)
  // The embed's code loads after the note; the first time, Vitest transforms it then.
  await screen.findByTestId('react-youtube', {}, { timeout: LAZY_LOAD_MS })
  const raw = createFakeRawPlayer()
  raw.duration = 3 * 3600
  await act(async () => {
    fireYouTube('onReady', { target: raw, data: null })
    await Promise.resolve()
  })
  // The parts every page loads just after it mounts (the reader's deferred parts, the
  // intake of your own notes) are in before the test acts, so none arrives mid-test.
  await waitFor(
    () => {
      expect(document.querySelector('[data-now-playing]')).not.toBeNull()
      expect(document.querySelector('[data-open-note]')).not.toBeNull()
    },
    { timeout: LAZY_LOAD_MS },
  )
  return raw
}

// The timeline's marks carry data-claim-id too; claims are the article's.
const claim = (id: string) =>
  document.querySelector<HTMLElement>(`article [data-claim-id="${id}"]`)!

describe('the reader', () => {
  beforeEach(() => {
    resetFakeYouTube()
    localStorage.clear()
  })
  afterEach(() => {
    window.location.hash = ''
  })

  it('shows the note the hash names beside its player, with claims and chips', async () => {
    await openReady('#/n/rivers')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Rivers that run backwards' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/From Water Channel/)).toBeInTheDocument()
    expect(document.querySelector('article[data-note="rivers"]')).toBeInTheDocument()
    expect(document.querySelector('[data-player]')).toBeInTheDocument()
    expect(claim('t1300')).toHaveAttribute('data-claim-times', '1300 1330')
    expect(
      [...claim('t1300').querySelectorAll('button[data-citation]')].map((b) => b.textContent),
    ).toEqual(['21:40', '22:10'])
  })

  it('plays from a claim when it is clicked, and highlights it at once', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.click(screen.getByText(/An earthquake once reversed/))
    expect(raw.seekTo).toHaveBeenLastCalledWith(457, true)
    expect(raw.playVideo).toHaveBeenCalled()
    expect(claim('t457')).toHaveAttribute('aria-current', 'true')
    expect(claim('t457')).toHaveAttribute('data-primary')
  })

  it('plays a citation chip from its own time, not the claim’s first', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.click(screen.getByRole('button', { name: 'Play from 22:10' }))
    expect(raw.seekTo).toHaveBeenLastCalledWith(1330, true)
    expect(claim('t1300')).toHaveAttribute('data-active')
  })

  it('keeps the clicked claim primary when two claims cite the same second', async () => {
    await openReady('#/n/rivers')
    await userEvent.click(screen.getByText(/Bores are named differently/))
    expect(claim('t4223')).toHaveAttribute('data-active')
    expect(claim('t4223-2')).toHaveAttribute('data-primary')
    expect(claim('t4223')).not.toHaveAttribute('data-primary')
  })

  it('plays the next claim in reading order with n, and the next citation in video order with N', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.click(screen.getByText(/Surfers ride it/))
    await userEvent.keyboard('n')
    expect(raw.seekTo).toHaveBeenLastCalledWith(457, true)
    await userEvent.keyboard('N')
    expect(raw.seekTo).toHaveBeenLastCalledWith(1300, true)
    expect(document.activeElement).toBe(claim('t1300'))
  })

  it('does not take single-key shortcuts typed into the search box', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.keyboard('/')
    // The search bar is one of the reader's deferred parts.
    const search = await screen.findByRole(
      'searchbox',
      { name: 'Search the note' },
      { timeout: LAZY_LOAD_MS },
    )
    // It takes the focus once it has mounted.
    await waitFor(() => expect(search).toHaveFocus())
    await userEvent.type(search, 'knp')
    expect(raw.playVideo).not.toHaveBeenCalled()
    expect(raw.seekTo).not.toHaveBeenCalled()
  })

  it('shows the follow toggle pressed, and toggles it with f', async () => {
    await openReady('#/n/rivers')
    const follow = document.querySelector('[data-follow]')!
    expect(follow).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('f')
    expect(follow).toHaveAttribute('aria-pressed', 'false')
  })

  it('falls back to its own clock with a banner in plain words when YouTube refuses the embed', async () => {
    const raw = await openReady('#/n/rivers')
    act(() => fireYouTube('onError', { target: raw, data: 150 }))
    expect(screen.getByRole('status')).toHaveTextContent(/owner/i)
    expect(screen.getByRole('link', { name: 'Open on YouTube at this time' })).toHaveAttribute(
      'href',
      expect.stringContaining('v=r1v3rs_back'),
    )
    await userEvent.click(screen.getByText(/An earthquake once reversed/))
    expect(claim('t457')).toHaveAttribute('aria-current', 'true')
  })

  it('routes a wikilink to a note of that name and marks one with no note as unresolved', async () => {
    await openReady('#/n/rivers')
    expect(document.querySelector('a[data-wikilink="tides"]')).toHaveAttribute('href', '#/n/tides')
    expect(document.querySelector('a[data-wikilink="Nowhere Yet"]')).toHaveAttribute(
      'data-unresolved',
    )
  })

  it("lists a note's problems with their place", async () => {
    await openReady('#/n/tides')
    // The panel's code loads only for a note that has problems.
    const panel = await waitFor(() => {
      const found = document.querySelector('[data-diagnostics]')
      expect(found).not.toBeNull()
      return found!
    })
    expect(panel).toHaveAttribute('data-count', '1')
    expect(panel.textContent).toContain('content/tides.md:6:12')
  })

  it('opens at a deep link’s claim, and marks it as the keyboard’s place', async () => {
    await openReady('#/n/rivers?claim=t5511')
    expect(claim('t5511')).toHaveAttribute('data-primary')
    expect(claim('t5511')).toHaveAttribute('tabindex', '0')
  })

  it('cues a claim linked while the note is open, without starting playback', async () => {
    const raw = await openReady('#/n/rivers')
    await act(async () => {
      window.location.hash = '#/n/rivers?claim=t457'
      await waitFor(() => expect(claim('t457')).toHaveAttribute('data-primary'))
    })
    expect(raw.seekTo).toHaveBeenLastCalledWith(457, true)
    expect(raw.pauseVideo).toHaveBeenCalled()
    expect(document.activeElement).toBe(claim('t457'))
  })

  it('plays the note in reading order from its first claim, and says where it is', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.click(screen.getByRole('button', { name: 'Play the note' }))
    expect(raw.seekTo).toHaveBeenLastCalledWith(4223, true)
    expect(raw.playVideo).toHaveBeenCalled()
    expect(screen.getByRole('group', { name: 'Guided tour' })).toHaveTextContent('claim 1 of 5')
    await userEvent.keyboard('n')
    expect(raw.seekTo).toHaveBeenLastCalledWith(5511, true)
    expect(screen.getByRole('group', { name: 'Guided tour' })).toHaveTextContent('claim 2 of 5')
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Guided tour' })).not.toBeInTheDocument()
    await userEvent.keyboard('n')
    expect(raw.seekTo).toHaveBeenLastCalledWith(457, true)
  })

  it('starts the tour from the claim the keyboard is on', async () => {
    const raw = await openReady('#/n/rivers')
    await userEvent.click(screen.getByText(/An earthquake once reversed/))
    await userEvent.click(screen.getByRole('button', { name: 'Play the note' }))
    expect(raw.seekTo).toHaveBeenLastCalledWith(457, true)
    expect(screen.getByRole('group', { name: 'Guided tour' })).toHaveTextContent('claim 3 of 5')
  })

  it('says so, and points to the library, for a link to a note that does not exist', async () => {
    window.location.hash = '#/n/rivers-of-mars'
    render(<App library={libraryOf([RIVERS, TIDES])} />)
    expect(
      await screen.findByRole('heading', { name: 'No note named “rivers-of-mars”' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See all 2 notes in the library' })).toHaveAttribute(
      'href',
      '#/',
    )
  })

  it('reports the play state YouTube announces on the play button', async () => {
    const raw = await openReady('#/n/rivers')
    raw.state = YT_STATE.PLAYING
    act(() => fireYouTube('onStateChange', { target: raw, data: YT_STATE.PLAYING }))
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
  })
})

describe('the reader in a library', () => {
  const RIVERS_AGAIN = compile(
    'rivers-again',
    '---\ntitle: Rivers, a second listen\nvideoId: r1v3rs_back\n---\n\nThe tidal bore climbs the river <a class="yt-timestamp" data-t="21:40">[21:40]</a>.\n',
  )
  beforeEach(() => {
    resetFakeYouTube()
    localStorage.clear()
  })
  afterEach(() => {
    window.location.hash = ''
  })

  it('opens the only note at #/ when the library holds one', async () => {
    window.location.hash = '#/'
    render(<App library={libraryOf([TIDES])} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Tides' })).toBeInTheDocument()
    expect(document.querySelector('article[data-note="tides"]')).toBeInTheDocument()
  })

  it('keeps the player and its time for another note of the same video', async () => {
    const raw = await openReady('#/n/rivers', [RIVERS, RIVERS_AGAIN, TIDES])
    const player = FakeYouTube.state.instance
    await userEvent.click(claim('t1300'))
    expect(raw.seekTo).toHaveBeenCalledTimes(1)
    act(() => {
      window.location.hash = '#/n/rivers-again'
    })
    await waitFor(() =>
      expect(document.querySelector('article[data-note="rivers-again"]')).toBeInTheDocument(),
    )
    expect(FakeYouTube.state.instance).toBe(player)
    expect(raw.seekTo).toHaveBeenCalledTimes(1)
    // The moment playing is still 21:40, and its claim is now this note's own.
    await waitFor(() => expect(claim('t1300')).toHaveAttribute('data-active'))
  })

  it('makes a new player for a note of another video, without reloading', async () => {
    await openReady('#/n/rivers')
    const player = FakeYouTube.state.instance
    act(() => {
      window.location.hash = '#/n/tides'
    })
    await waitFor(() =>
      expect(document.querySelector('article[data-note="tides"]')).toBeInTheDocument(),
    )
    await waitFor(() => expect(FakeYouTube.state.instance).not.toBe(player))
    expect(FakeYouTube.state.props?.['videoId']).toBe('abcdefghijk')
  })
})
