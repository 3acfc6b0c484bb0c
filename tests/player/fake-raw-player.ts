import { vi } from 'vitest'
import type { RawYouTubePlayer } from '../../src/player/raw-youtube-player.ts'
import { YT_STATE } from '../../src/player/youtube-codes.ts'

/**
 * A hand-written stand-in for a ready `YT.Player`: the test sets what YouTube
 * would report (`time`, `state`, `duration`, `rate`, `rates`) and reads the
 * calls the adapter made through the `vi.fn` methods.
 */
export interface FakeRawPlayer extends RawYouTubePlayer {
  time: number | undefined
  state: number
  duration: number
  rate: number
  rates: number[]
  readonly playVideo: ReturnType<typeof vi.fn<() => void>>
  readonly pauseVideo: ReturnType<typeof vi.fn<() => void>>
  readonly seekTo: ReturnType<typeof vi.fn<(seconds: number, allowSeekAhead: boolean) => void>>
  readonly setPlaybackRate: ReturnType<typeof vi.fn<(rate: number) => void>>
  readonly getCurrentTime: ReturnType<typeof vi.fn<() => number | undefined>>
  readonly destroy: ReturnType<typeof vi.fn<() => void>>
}

export function createFakeRawPlayer(): FakeRawPlayer {
  const fake: FakeRawPlayer = {
    time: 0,
    state: YT_STATE.UNSTARTED,
    duration: 0,
    rate: 1,
    rates: [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2],
    playVideo: vi.fn<() => void>(),
    pauseVideo: vi.fn<() => void>(),
    seekTo: vi.fn<(seconds: number, allowSeekAhead: boolean) => void>(),
    setPlaybackRate: vi.fn<(rate: number) => void>(),
    getCurrentTime: vi.fn<() => number | undefined>(() => fake.time),
    getDuration: () => fake.duration,
    getPlayerState: () => fake.state,
    getPlaybackRate: () => fake.rate,
    getAvailablePlaybackRates: () => fake.rates,
    getIframe: () => ({}) as HTMLIFrameElement,
    destroy: vi.fn<() => void>(),
  }
  return fake
}
