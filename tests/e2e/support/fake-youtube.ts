// Typed access to the fake IFrame API's control surface (window.__fakeYouTube,
// defined in ../fake-youtube/iframe-api.js) from a Playwright test.
import type { Page } from '@playwright/test'

/** YouTube's player states. */
export const PlayerState = {
  UNSTARTED: -1,
  ENDED: 0,
  PLAYING: 1,
  PAUSED: 2,
  BUFFERING: 3,
  CUED: 5,
} as const
export type PlayerStateCode = (typeof PlayerState)[keyof typeof PlayerState]

/** The error codes the IFrame API reports through onError's `data`. */
export const YOUTUBE_ERROR_CODES = [2, 5, 100, 101, 150, 153] as const
export type YouTubeErrorCode = (typeof YOUTUBE_ERROR_CODES)[number]

/**
 * When an error reaches onError:
 * - `after-ready`: onReady fires, then onError (default for 2, 100, 101, 150, 153);
 * - `instead-of-ready`: onError comes and onReady never does;
 * - `on-play`: onReady fires; onError comes when playback starts (default for 5).
 */
export type ErrorTiming = 'after-ready' | 'instead-of-ready' | 'on-play'
export type ErrorSpec = YouTubeErrorCode | { code: YouTubeErrorCode; timing?: ErrorTiming }

export interface FakeYouTubeConfig {
  /** Delay before onYouTubeIframeAPIReady (the real script loads a second one). */
  apiReadyDelayMs?: number
  /** Delay from `new YT.Player` to onReady (or to an `instead-of-ready` error). */
  readyDelayMs?: number
  /** How often the player reports its time (YouTube: about 250 ms). */
  reportIntervalMs?: number
  /** How long BUFFERING lasts before PLAYING. */
  bufferingMs?: number
  /** Delay of an `after-ready` error after onReady, and after cue/load. */
  errorDelayMs?: number
  /** How far getCurrentTime() may run ahead of the last report (YouTube: 1 s). */
  extrapolationCapS?: number
  /** Duration of any video not in `durations`, in seconds. */
  defaultDurationS?: number
  durations?: Record<string, number>
  /** false: getDuration() is 0 until playback starts, as the reference warns. */
  durationKnownAtReady?: boolean
  /** Video id (or '*' for every video) → the error it produces. */
  errors?: Record<string, ErrorSpec | null>
  /** What getAvailablePlaybackRates() offers, ascending (YouTube: 0.25 to 2). */
  playbackRates?: number[]
}

export interface FakeYouTubeLogEntry {
  /** The player's creation number, from 1. */
  player: number
  method: string
  /** Arguments made serialisable: functions are '[function]', elements '<div#id>'. */
  args: unknown[]
  /** performance.now() in the page, rounded. */
  at: number
  /** 'app' for calls on the player object; 'user' for scrub/userPlay/userPause. */
  by: 'app' | 'user'
  /** The call came after destroy() (the real player ignores it). */
  destroyed: boolean
}

/** A live player: its index in `players` (0 = oldest); omitted = the newest. */
export type Which = number | undefined

export interface FakeYouTubeControl {
  config: Required<FakeYouTubeConfig>
  players: unknown[]
  log: FakeYouTubeLogEntry[]
  created: number
  destroyed: number
  trueTime(which?: Which): number
  lastReport(which?: Which): { time: number; at: number; rate: number } | null
  state(which?: Which): PlayerStateCode
  videoId(which?: Which): string
  isReady(which?: Which): boolean
  setError(videoId: string, code: YouTubeErrorCode | null, timing?: ErrorTiming): void
  clearLog(): void
  scrub(seconds: number, which?: Which): void
  userPlay(which?: Which): void
  userPause(which?: Which): void
}

declare global {
  interface Window {
    /** Set (by serveFakeYouTube) before the fake loads. */
    __fakeYouTubeConfig?: FakeYouTubeConfig
    /** Defined by the fake when it loads. */
    __fakeYouTube?: FakeYouTubeControl
  }
}

/**
 * Helpers over the fake in `page`. Each call reads the page anew; each throws
 * in the page if the fake has not loaded yet (see `waitForPlayers`).
 */
export function fakeYouTube(page: Page) {
  return {
    isLoaded: () => page.evaluate(() => window['__fakeYouTube'] !== undefined),
    /** Live players (created and not destroyed). */
    playerCount: () => page.evaluate(() => window['__fakeYouTube']!.players.length),
    createdCount: () => page.evaluate(() => window['__fakeYouTube']!.created),
    destroyedCount: () => page.evaluate(() => window['__fakeYouTube']!.destroyed),
    /** Resolves once `count` players are live; the fake may still be loading. */
    waitForPlayers: async (count = 1) => {
      await page.waitForFunction((n) => (window['__fakeYouTube']?.players.length ?? 0) >= n, count)
    },
    /** The exact media time now, which getCurrentTime() only approximates. */
    trueTime: (which?: Which) => page.evaluate((w) => window['__fakeYouTube']!.trueTime(w), which),
    lastReport: (which?: Which) =>
      page.evaluate((w) => window['__fakeYouTube']!.lastReport(w), which),
    state: (which?: Which) => page.evaluate((w) => window['__fakeYouTube']!.state(w), which),
    videoId: (which?: Which) => page.evaluate((w) => window['__fakeYouTube']!.videoId(w), which),
    isReady: (which?: Which) => page.evaluate((w) => window['__fakeYouTube']!.isReady(w), which),
    /** A seek in YouTube's own controls: the time changes, the app called nothing. */
    scrub: (seconds: number, which?: Which) =>
      page.evaluate((a) => window['__fakeYouTube']!.scrub(a.seconds, a.which), {
        seconds,
        which,
      }),
    userPlay: (which?: Which) => page.evaluate((w) => window['__fakeYouTube']!.userPlay(w), which),
    userPause: (which?: Which) =>
      page.evaluate((w) => window['__fakeYouTube']!.userPause(w), which),
    /** Applies to players created, and videos cued or loaded, from now on. */
    setError: (videoId: string, code: YouTubeErrorCode | null, timing?: ErrorTiming) =>
      page.evaluate((a) => window['__fakeYouTube']!.setError(a.videoId, a.code, a.timing), {
        videoId,
        code,
        timing,
      }),
    setConfig: (patch: Omit<FakeYouTubeConfig, 'errors' | 'durations'>) =>
      page.evaluate((p) => void Object.assign(window['__fakeYouTube']!.config, p), patch),
    /** Calls on players (and user actions), optionally of one method only. */
    calls: (method?: string) =>
      page.evaluate(
        (m) => window['__fakeYouTube']!.log.filter((e) => m === undefined || e.method === m),
        method,
      ),
    clearLog: () => page.evaluate(() => window['__fakeYouTube']!.clearLog()),
  }
}

export type FakeYouTube = ReturnType<typeof fakeYouTube>
