// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PlayerEvent, PlayerFailure, PlayerListener } from '../../src/player/player.ts'
import { YT_STATE } from '../../src/player/youtube-codes.ts'
import { YouTubeEmbed, type YouTubeEmbedProps } from '../../src/player/youtube-embed.tsx'
import type { YouTubePlayer } from '../../src/player/youtube-player.ts'
import { toSeconds } from '../../src/time/seconds.ts'
import { createFakeRawPlayer } from './fake-raw-player.ts'
import { FakeYouTube, fireYouTube, resetFakeYouTube } from './react-youtube-fake.tsx'

vi.mock('react-youtube', async () => ({
  default: (await import('./react-youtube-fake.tsx')).FakeYouTube,
}))

const VIDEO = '_ziODBruqdA'

function renderEmbed(props: Partial<YouTubeEmbedProps> = {}, strict = false) {
  const onPlayer = vi.fn<(player: YouTubePlayer) => void>()
  const onFailure = vi.fn<(failure: PlayerFailure) => void>()
  const element = (
    <YouTubeEmbed videoId={VIDEO} onPlayer={onPlayer} onFailure={onFailure} {...props} />
  )
  const view = render(strict ? <StrictMode>{element}</StrictMode> : element)
  return { ...view, onPlayer, onFailure }
}

function fire(name: string, event: unknown): void {
  act(() => fireYouTube(name, event))
}

/** The adapter handed over by the last onPlayer call. */
function lastPlayer(onPlayer: ReturnType<typeof vi.fn<(player: YouTubePlayer) => void>>) {
  const player = onPlayer.mock.lastCall?.[0]
  if (!player) throw new Error('onPlayer was not called')
  return player
}

beforeEach(resetFakeYouTube)
afterEach(() => {
  vi.useRealTimers()
})

describe('YouTubeEmbed', () => {
  it('renders react-youtube in a 16:9 box with a named iframe and the player options', () => {
    const { container } = renderEmbed({ startAt: toSeconds(4223.9), title: 'Space agencies' })
    expect(container.firstElementChild).toHaveClass('aspect-video', 'w-full')
    const props = FakeYouTube.state.props
    expect(props).toMatchObject({
      videoId: VIDEO,
      title: 'YouTube video player: Space agencies',
      opts: {
        playerVars: {
          start: 4223,
          playsinline: 1,
          rel: 0,
          enablejsapi: 1,
          origin: window.location.origin,
        },
      },
    })
  })

  it('keeps the start it mounted with, so react-youtube does not re-cue the video', () => {
    const { rerender, onPlayer, onFailure } = renderEmbed({ startAt: toSeconds(42) })
    rerender(
      <YouTubeEmbed
        videoId={VIDEO}
        startAt={toSeconds(99)}
        onPlayer={onPlayer}
        onFailure={onFailure}
      />,
    )
    expect(FakeYouTube.state.props).toMatchObject({ opts: { playerVars: { start: 42 } } })
  })

  it('hands over an adapter for the player that got ready', () => {
    const { onPlayer } = renderEmbed()
    const raw = createFakeRawPlayer()
    fire('onReady', { target: raw, data: null })
    expect(onPlayer).toHaveBeenCalledOnce()
    lastPlayer(onPlayer).play()
    expect(raw.playVideo).toHaveBeenCalledOnce()
  })

  it('ignores the ready of a player react-youtube is destroying, and hands over only the newest', () => {
    const { onPlayer } = renderEmbed()
    const first = createFakeRawPlayer()
    const second = createFakeRawPlayer()
    const instance = FakeYouTube.state.instance
    if (!instance) throw new Error('react-youtube did not mount')
    // StrictMode's remount: react-youtube destroys the first player once it is ready.
    instance.destroyPlayerPromise = new Promise(() => {})
    fire('onReady', { target: first, data: null })
    instance.destroyPlayerPromise = undefined
    fire('onReady', { target: second, data: null })
    expect(onPlayer).toHaveBeenCalledOnce()
    lastPlayer(onPlayer).play()
    expect(second.playVideo).toHaveBeenCalledOnce()
    expect(first.playVideo).not.toHaveBeenCalled()
  })

  it('hands over one adapter under StrictMode, which mounts every effect twice', () => {
    const { onPlayer, onFailure } = renderEmbed({}, true)
    fire('onReady', { target: createFakeRawPlayer(), data: null })
    expect(onPlayer).toHaveBeenCalledOnce()
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('retires the older adapter when a newer player gets ready, and drops the older one’s events', () => {
    const { onPlayer } = renderEmbed()
    const first = createFakeRawPlayer()
    const second = createFakeRawPlayer()
    fire('onReady', { target: first, data: null })
    const older = lastPlayer(onPlayer)
    fire('onReady', { target: second, data: null })
    const newer = lastPlayer(onPlayer)
    const events: PlayerEvent[] = []
    newer.subscribe((event) => events.push(event))
    older.play()
    fire('onStateChange', { target: first, data: YT_STATE.PLAYING })
    expect(first.playVideo).not.toHaveBeenCalled()
    expect(newer.isPlaying()).toBe(false)
    fire('onStateChange', { target: second, data: YT_STATE.PLAYING })
    expect(events).toEqual([{ type: 'playing' }])
  })

  it('forwards the current player’s state and rate changes to its adapter', () => {
    const { onPlayer } = renderEmbed()
    const raw = createFakeRawPlayer()
    fire('onReady', { target: raw, data: null })
    const player = lastPlayer(onPlayer)
    const events: PlayerEvent[] = []
    player.subscribe((event) => events.push(event))
    fire('onStateChange', { target: raw, data: YT_STATE.PLAYING })
    fire('onPlaybackRateChange', { target: raw, data: 1.5 })
    expect(events).toEqual([{ type: 'playing' }, { type: 'rate', rate: 1.5 }])
  })

  it('ignores a ready that comes after unmount', () => {
    const { onPlayer, onFailure, unmount } = renderEmbed()
    unmount()
    fire('onReady', { target: createFakeRawPlayer(), data: null })
    fire('onError', { target: createFakeRawPlayer(), data: 150 })
    expect(onPlayer).not.toHaveBeenCalled()
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('destroys the adapter on unmount, so nothing runs after it', () => {
    const { onPlayer, unmount } = renderEmbed()
    const raw = createFakeRawPlayer()
    fire('onReady', { target: raw, data: null })
    const player = lastPlayer(onPlayer)
    const listener = vi.fn<PlayerListener>()
    player.subscribe(listener)
    unmount()
    fire('onStateChange', { target: raw, data: YT_STATE.PLAYING })
    player.play()
    expect(listener).not.toHaveBeenCalled()
    expect(raw.playVideo).not.toHaveBeenCalled()
  })

  it('reports a YouTube error code once, in words', () => {
    const { onPlayer, onFailure } = renderEmbed()
    const raw = createFakeRawPlayer()
    fire('onReady', { target: raw, data: null })
    const failed = vi.fn<PlayerListener>()
    lastPlayer(onPlayer).subscribe(failed)
    fire('onError', { target: raw, data: 150 })
    fire('onError', { target: raw, data: 150 })
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('embedding-disabled')
    expect(failed).toHaveBeenCalledExactlyOnceWith({
      type: 'failed',
      failure: 'embedding-disabled',
    })
  })

  it('reports a YouTube error that comes before ready', () => {
    const { onFailure } = renderEmbed()
    fire('onError', { target: createFakeRawPlayer(), data: 100 })
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('not-found')
  })

  it('ignores an error from a player that is not the current one', () => {
    const { onFailure } = renderEmbed()
    fire('onReady', { target: createFakeRawPlayer(), data: null })
    fire('onError', { target: createFakeRawPlayer(), data: 150 })
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('reports script-timeout when no player is ready in time, and not before', () => {
    vi.useFakeTimers()
    const { onFailure } = renderEmbed({ readyTimeoutMs: 5_000 })
    act(() => vi.advanceTimersByTime(4_999))
    expect(onFailure).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('script-timeout')
  })

  it('reports no timeout once a player is ready', () => {
    vi.useFakeTimers()
    const { onFailure } = renderEmbed({ readyTimeoutMs: 5_000 })
    fire('onReady', { target: createFakeRawPlayer(), data: null })
    act(() => vi.advanceTimersByTime(60_000))
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('reports the timeout once under StrictMode', () => {
    vi.useFakeTimers()
    const { onFailure } = renderEmbed({ readyTimeoutMs: 5_000 }, true)
    act(() => vi.advanceTimersByTime(60_000))
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('script-timeout')
  })

  it('reports no timeout after unmount', () => {
    vi.useFakeTimers()
    const { onFailure, unmount } = renderEmbed({ readyTimeoutMs: 5_000 })
    unmount()
    act(() => vi.advanceTimersByTime(60_000))
    expect(onFailure).not.toHaveBeenCalled()
  })

  it.each([
    ['a malformed id', 'not-an-id'],
    ['no id', null],
  ])('renders nothing for %s, reports no-video once, and never asks react-youtube', (_, id) => {
    const { container, onFailure } = renderEmbed({ videoId: id }, true)
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByTestId('react-youtube')).toBeNull()
    expect(FakeYouTube.state.renders).toBe(0)
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('no-video')
  })
})
