// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { type ReactNode, useRef } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ReaderStore, createReaderStore } from '../../../../src/store/reader-store.ts'
import { ReaderStoreContext } from '../../../../src/store/use-reader.ts'
import type { PlaybackCommands } from '../../../../src/sync/playback-sync.ts'
import { toSeconds } from '../../../../src/time/seconds.ts'
import { NoteBody } from '../../../../src/ui/reader/note/note-body.tsx'
import { NoteGutter } from '../../../../src/ui/reader/gutter/note-gutter.tsx'
import { findInNote } from '../../../../src/ui/reader/search/note-search.ts'
import { GoToClaimContext, PlaybackContext } from '../../../../src/ui/reader/playback-context.ts'
import { sampleDoc } from '../../../support/sample-note.ts'

// jsdom lays nothing out: these tests see which marks exist; the browser spec checks where.

/** The note's claims need playback commands; the gutter never gives one. */
const NO_PLAYBACK = new Proxy({}, { get: () => () => undefined }) as PlaybackCommands

function NoteSection(): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  const article = useRef<HTMLElement>(null)
  return (
    <section className="relative">
      <div ref={scroller} data-note-pane="">
        <NoteBody
          ref={article}
          doc={sampleDoc()}
          linkTo={(target) => ({ href: `#/t/${target}`, resolved: false })}
        />
      </div>
      <NoteGutter scroller={scroller} article={article} />
    </section>
  )
}

function renderGutter(startAt: number): ReaderStore {
  const store = createReaderStore(sampleDoc(), { startAt: toSeconds(startAt) })
  render(
    <ReaderStoreContext value={store}>
      <PlaybackContext value={NO_PLAYBACK}>
        <GoToClaimContext value={() => false}>
          <NoteSection />
        </GoToClaimContext>
      </PlaybackContext>
    </ReaderStoreContext>,
  )
  return store
}

const gutter = () => document.querySelector<HTMLElement>('[data-note-gutter]')!
const marks = (kind: string) => [...gutter().querySelectorAll(`[data-gutter-mark="${kind}"]`)]

/** Marks are measured on the frame after a change. */
async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())))
}

describe('the note gutter', () => {
  beforeAll(() => {
    // jsdom's Range has no layout methods; every box it gives is empty anyway.
    Range.prototype.getBoundingClientRect ??= () => document.body.getBoundingClientRect()
  })

  it('is hidden from assistive technology and stays out of the way of the pointer', async () => {
    renderGutter(4223)
    await nextFrame()
    expect(gutter()).toHaveAttribute('aria-hidden', 'true')
    expect(gutter()).toHaveClass('pointer-events-none')
  })

  it('has nothing to show, and shows nothing, in a gap with no search', async () => {
    renderGutter(0)
    await nextFrame()
    expect(gutter()).not.toBeVisible()
  })

  it('marks each active claim, the primary one apart, and follows playback', async () => {
    const store = renderGutter(4223)
    await nextFrame()
    expect(gutter()).toBeVisible()
    // Two claims cite 1:10:23; the first in reading order is primary.
    expect(marks('primary')).toHaveLength(1)
    expect(marks('active')).toHaveLength(1)
    act(() => store.getState().applyTime(toSeconds(457)))
    await nextFrame()
    expect(marks('primary')).toHaveLength(1)
    expect(marks('active')).toHaveLength(0)
    act(() => store.getState().applyTime(toSeconds(0)))
    await nextFrame()
    expect(marks('primary')).toHaveLength(0)
    expect(gutter()).not.toBeVisible()
  })

  it('marks the search matches the search bar publishes, and drops them when it closes', async () => {
    const store = renderGutter(0)
    await nextFrame()
    const article = document.querySelector<HTMLElement>('article[data-note]')!
    act(() => store.getState().setSearchMatches(findInNote(article, 'the')))
    await nextFrame()
    // Every match sits at 0% in jsdom, so they share one mark; the browser spec counts them apart.
    expect(marks('match').length).toBeGreaterThan(0)
    expect(gutter()).toBeVisible()
    act(() => store.getState().setSearchMatches([]))
    await nextFrame()
    expect(marks('match')).toHaveLength(0)
  })

  it('shows which part of the note is on screen', async () => {
    renderGutter(4223)
    await nextFrame()
    expect(gutter().querySelector('[data-gutter-viewport]')).toBeInTheDocument()
  })
})
