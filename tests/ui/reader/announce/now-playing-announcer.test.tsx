// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createReaderStore, type ReaderStore } from '../../../../src/store/reader-store.ts'
import { ReaderStoreContext } from '../../../../src/store/use-reader.ts'
import { toSeconds } from '../../../../src/time/seconds.ts'
import {
  NowPlayingAnnouncer,
  shortenForSpeech,
} from '../../../../src/ui/reader/announce/now-playing-announcer.tsx'
import { sampleDoc } from '../../../support/sample-note.ts'

function renderAnnouncer(): { store: ReaderStore; region: () => HTMLElement } {
  const store = createReaderStore(sampleDoc())
  const { container } = render(
    <ReaderStoreContext value={store}>
      <NowPlayingAnnouncer />
    </ReaderStoreContext>,
  )
  return { store, region: () => container.querySelector<HTMLElement>('[data-now-playing]')! }
}

/** The video moves to `t` (as the frame loop would tell the store). */
const reach = (store: ReaderStore, t: number) => act(() => store.getState().applyTime(toSeconds(t)))
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

describe('the now-playing announcer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(100_000)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is a visually hidden polite live region, empty at first', () => {
    const { region } = renderAnnouncer()
    expect(region()).toHaveAttribute('aria-live', 'polite')
    expect(region()).toHaveClass('sr-only')
    expect(region()).toBeEmptyDOMElement()
  })

  it('says the claim now playing when the primary claim changes while playing', () => {
    const { store, region } = renderAnnouncer()
    act(() => store.getState().setPlayerState({ playing: true }))
    reach(store, 457)
    expect(region()).toHaveTextContent('An earthquake once reversed the Mississippi')
  })

  it('says at most one claim every two seconds, the latest when the wait is over', () => {
    const { store, region } = renderAnnouncer()
    act(() => store.getState().setPlayerState({ playing: true }))
    reach(store, 457)
    wait(500)
    reach(store, 1300)
    wait(500)
    reach(store, 5511)
    expect(region()).toHaveTextContent(/^An earthquake/)
    wait(999)
    expect(region()).toHaveTextContent(/^An earthquake/)
    wait(1)
    expect(region()).toHaveTextContent(/^Surfers ride it/)
    wait(2000)
    expect(region()).toHaveTextContent(/^Surfers ride it/)
  })

  it('is silent while paused', () => {
    const { store, region } = renderAnnouncer()
    reach(store, 457)
    reach(store, 1300)
    expect(region()).toBeEmptyDOMElement()
  })

  it('drops a waiting announcement when the video pauses before its turn', () => {
    const { store, region } = renderAnnouncer()
    act(() => store.getState().setPlayerState({ playing: true }))
    reach(store, 457)
    reach(store, 1300)
    act(() => store.getState().setPlayerState({ playing: false }))
    wait(3000)
    expect(region()).toHaveTextContent(/^An earthquake/)
  })

  it('is silent, and empties, when switched off', () => {
    const { store, region } = renderAnnouncer()
    act(() => store.getState().setPlayerState({ playing: true }))
    reach(store, 457)
    act(() => store.getState().updateSettings({ announce: false }))
    expect(region()).toBeEmptyDOMElement()
    wait(3000)
    reach(store, 1300)
    wait(3000)
    expect(region()).toBeEmptyDOMElement()
  })
})

describe('shortenForSpeech', () => {
  it.each([
    ['Short claims are read whole.', 'Short claims are read whole.'],
    [`${'word '.repeat(30).trim()}`, `${'word '.repeat(24).trim()}…`],
    ['x'.repeat(130), `${'x'.repeat(120)}…`],
  ])('cuts %j to about 120 characters at a word', (text, spoken) => {
    expect(shortenForSpeech(text)).toBe(spoken)
  })
})
