// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactNode, useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type ReaderStore, createReaderStore } from '../../../../src/store/reader-store.ts'
import { ReaderStoreContext } from '../../../../src/store/use-reader.ts'
import type { PlaybackCommands } from '../../../../src/sync/playback-sync.ts'
import { toSeconds } from '../../../../src/time/seconds.ts'
import { NoteBody } from '../../../../src/ui/reader/note/note-body.tsx'
import { Outline } from '../../../../src/ui/reader/outline/outline.tsx'
import { GoToClaimContext, PlaybackContext } from '../../../../src/ui/reader/playback-context.ts'
import { memoryStorage } from '../../../support/memory-storage.ts'
import { sampleDoc } from '../../../support/sample-note.ts'

function Reader(): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  return (
    <>
      <Outline scroller={scroller} />
      <div ref={scroller} data-note-pane="">
        <NoteBody
          doc={sampleDoc()}
          linkTo={(target) => ({ href: `#/t/${target}`, resolved: false })}
        />
      </div>
    </>
  )
}

/** The note's claims need playback commands; the outline never gives one. */
const NO_PLAYBACK = new Proxy({}, { get: () => () => undefined }) as PlaybackCommands

function renderOutline(storage = memoryStorage()): ReaderStore {
  const store = createReaderStore(sampleDoc(), { storage })
  render(
    <ReaderStoreContext value={store}>
      <PlaybackContext value={NO_PLAYBACK}>
        <GoToClaimContext value={() => false}>
          <Reader />
        </GoToClaimContext>
      </PlaybackContext>
    </ReaderStoreContext>,
  )
  return store
}

const outline = () => screen.getByRole('navigation', { name: 'Outline' })
const tides = () => screen.getByRole('button', { name: /^Tides,/ })
const history = () => screen.getByRole('button', { name: /^History,/ })
const rows = () => within(outline()).queryAllByRole('button', { name: /claims?$|citations$/ })

/** jsdom has no matchMedia: stand one in that answers as a screen this wide would. */
function screenWidth(px: number): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: Number(/min-width: (\d+)px/.exec(query)?.[1] ?? Infinity) <= px,
  }))
}

describe('the outline', () => {
  beforeEach(() => {
    screenWidth(1366)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('lists every section with the range its claims cite and how many claims it has', () => {
    renderOutline()
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual([
      'Tides, 1:10:23–1:31:51, 2 claims',
      'History, 7:37–1:10:23, 3 claims',
    ])
    expect(rows()[0]).toHaveTextContent('Tides1:10:23–1:31:51 · 2 claims')
  })

  it('marks the section of the claim being played, and moves the mark as playback moves', () => {
    const store = renderOutline()
    expect(tides()).not.toHaveAttribute('aria-current')
    act(() => store.getState().applyTime(toSeconds(4223 + 5)))
    expect(tides()).toHaveAttribute('aria-current', 'location')
    expect(tides()).toHaveTextContent('Now')
    expect(history()).not.toHaveAttribute('aria-current')
    act(() => store.getState().applyTime(toSeconds(457)))
    expect(history()).toHaveAttribute('aria-current', 'location')
    expect(tides()).not.toHaveAttribute('aria-current')
  })

  it('folds and unfolds with its disclosure button, and remembers the choice on wide screens', async () => {
    const storage = memoryStorage()
    const store = renderOutline(storage)
    const toggle = screen.getByRole('button', { name: 'Outline' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(rows()).toEqual([])
    expect(store.getState().settings.outline).toBe(false)
    expect(JSON.parse(storage.data.get('lockstep:settings')!)).toMatchObject({ outline: false })
    await userEvent.click(toggle)
    expect(rows()).toHaveLength(2)
    expect(store.getState().settings.outline).toBe(true)
  })

  it('starts folded on a narrow screen, whatever a wide screen chose', () => {
    screenWidth(390)
    renderOutline(memoryStorage({ 'lockstep:settings': '{"outline":true}' }))
    expect(screen.getByRole('button', { name: 'Outline' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
    expect(rows()).toEqual([])
  })

  it('folds again once a section is chosen on a narrow screen, focus kept on its button', async () => {
    screenWidth(390)
    const store = renderOutline()
    const toggle = screen.getByRole('button', { name: 'Outline' })
    await userEvent.click(toggle)
    await userEvent.click(history())
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
    expect(store.getState().follow).toBe(false)
  })

  it('scrolls the note to a section when it is clicked, and leaves follow mode', async () => {
    const store = renderOutline()
    const pane = document.querySelector<HTMLElement>('[data-note-pane]')!
    const heading = document.querySelector<HTMLElement>('[data-section-id="history"]')!
    vi.spyOn(pane, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 100, 600, 400))
    vi.spyOn(heading, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 900, 600, 30))
    const paneScrolled = vi.spyOn(pane, 'scrollTo')
    const pageScrolled = vi.spyOn(Element.prototype, 'scrollIntoView')
    await userEvent.click(history())
    // Only the note's own scroll area moves, never the page around it: the heading to its top.
    expect(paneScrolled).toHaveBeenCalledTimes(1)
    expect(paneScrolled.mock.calls[0]?.[0]).toMatchObject({ top: 900 - 100 - 16 })
    expect(pageScrolled).not.toHaveBeenCalled()
    expect(store.getState().follow).toBe(false)
  })

  it('scrolls instantly when the reader prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query }))
    renderOutline()
    const scrolled = vi.spyOn(document.querySelector<HTMLElement>('[data-note-pane]')!, 'scrollTo')
    await userEvent.click(tides())
    expect(scrolled.mock.calls[0]?.[0]).toMatchObject({ behavior: 'instant' })
  })
})
