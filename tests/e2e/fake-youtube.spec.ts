// The fake IFrame API behaves as DESIGN §5 and TOOLCHAIN gotchas 2 and 4 say
// real YouTube does. These tests never load the app: a bare host page creates
// players the way youtube-player does. The page runs on Playwright's clock:
// it flows on its own until a test pauses it, and from then on moves only as
// far as the test runs it, so "a while later" never means a real sleep.
import { PlayerState, YOUTUBE_ERROR_CODES } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  callPlayer,
  createPlayer,
  eventsOf,
  openHostPage,
  waitForEvent,
} from './fake-youtube/host-page.ts'

const VIDEO = '_ziODBruqdA'
const REPORT_MS = 250
const PLAYBACK_METHODS = [
  'playVideo',
  'pauseVideo',
  'seekTo',
  'getCurrentTime',
  'getDuration',
  'getPlayerState',
  'setPlaybackRate',
  'getPlaybackRate',
  'getAvailablePlaybackRates',
  'cueVideoById',
  'loadVideoById',
  'mute',
  'unMute',
  'isMuted',
  'getVideoUrl',
  'getIframe',
]

test.use({ fakeYouTubeConfig: { readyDelayMs: 150, reportIntervalMs: REPORT_MS } })

test.beforeEach(async ({ page, youtubeScript }) => {
  await page.clock.install()
  if (youtubeScript === 'fake') await openHostPage(page)
})

/**
 * Stops the page's clock a moment from now: from there on, time moves only by
 * `page.clock.runFor`. The moment is a second ahead, because pausing in the
 * page's past is refused and the page's clock runs on while the call travels.
 */
async function pauseClock(page: Parameters<typeof openHostPage>[0]): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
}

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

async function readyPlayer(
  page: Parameters<typeof openHostPage>[0],
  key = 'a',
  options: Record<string, unknown> = {},
) {
  await createPlayer(page, key, `player-${key}`, { videoId: VIDEO, ...options })
  await waitForEvent(page, key, 'ready')
}

async function playingPlayer(page: Parameters<typeof openHostPage>[0], key = 'a') {
  await readyPlayer(page, key)
  await callPlayer(page, key, 'playVideo')
  await waitForEvent(page, key, 'stateChange', PlayerState.PLAYING)
}

test('requests the API over the page’s own scheme and calls onYouTubeIframeAPIReady', async ({
  page,
  youtube,
}) => {
  // openHostPage has already waited for onYouTubeIframeAPIReady.
  expect(await youtube.isLoaded()).toBe(true)
  const yt = await page.evaluate(() => {
    const YT = (window as unknown as { YT: Record<string, unknown> }).YT
    return { player: typeof YT['Player'], states: YT['PlayerState'], loaded: YT['loaded'] }
  })
  expect(yt).toEqual({
    player: 'function',
    states: { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 },
    loaded: 1,
  })
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean))
  expect(scripts).toEqual(['http://www.youtube.com/iframe_api'])
})

test('replaces the element with an iframe that loads nothing and keeps its id', async ({
  page,
}) => {
  await createPlayer(page, 'a', 'player-a', {
    videoId: VIDEO,
    width: 480,
    height: 270,
    playerVars: { start: 42 },
  })
  const iframe = page.locator('#slot-a > iframe')
  await expect(iframe).toHaveAttribute('id', 'player-a')
  await expect(iframe).toHaveAttribute('src', 'about:blank')
  await expect(iframe).toHaveAttribute(
    'data-src',
    new RegExp(`^https://www\\.youtube\\.com/embed/${VIDEO}\\?enablejsapi=1&.*start=42`),
  )
  await expect(iframe).toHaveAttribute('width', '480')
  await expect(page.locator('#slot-a > .original')).toHaveCount(0)
})

test('has playback methods only once onReady has fired', async ({ page }) => {
  // Paused, so onReady cannot fire before the first look, however busy the machine.
  await pauseClock(page)
  await createPlayer(page, 'a', 'player-a', { videoId: VIDEO })
  const before = await page.evaluate((methods) => {
    const player = window.fakeHost.players['a']!
    let thrown = ''
    try {
      ;(player as unknown as { playVideo(): void }).playVideo()
    } catch (error) {
      thrown = error instanceof TypeError ? 'TypeError' : String(error)
    }
    return {
      thrown,
      present: methods.filter((m) => typeof player[m] === 'function'),
      always: ['addEventListener', 'removeEventListener', 'destroy'].map((m) => typeof player[m]),
    }
  }, PLAYBACK_METHODS)
  expect(before).toEqual({
    thrown: 'TypeError',
    present: [],
    always: ['function', 'function', 'function'],
  })

  await page.clock.runFor(200)
  await waitForEvent(page, 'a', 'ready')
  const after = await page.evaluate(
    (methods) => methods.filter((m) => typeof window.fakeHost.players['a']![m] !== 'function'),
    PLAYBACK_METHODS,
  )
  expect(after).toEqual([])
  const [ready] = await eventsOf(page, 'a', 'ready')
  expect(ready?.targetIsPlayer).toBe(true)
  expect(await callPlayer(page, 'a', 'getPlayerState')).toBe(PlayerState.UNSTARTED)
  expect(await callPlayer(page, 'a', 'getCurrentTime')).toBe(0)
  expect(await callPlayer(page, 'a', 'getDuration')).toBe(12000)
  expect(await callPlayer(page, 'a', 'getAvailablePlaybackRates')).toEqual([
    0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2,
  ])
  expect(await callPlayer(page, 'a', 'getIframe')).toBe('<iframe>')
})

test('plays through BUFFERING to PLAYING and advances in real time', async ({ page, youtube }) => {
  await playingPlayer(page)
  const states = (await eventsOf(page, 'a', 'stateChange')).map((e) => e.data)
  expect(states).toEqual([PlayerState.BUFFERING, PlayerState.PLAYING])

  await pauseClock(page)
  const t0 = await youtube.trueTime()
  await page.clock.runFor(600)
  const t1 = await youtube.trueTime()
  expect(t1 - t0).toBeCloseTo(0.6, 3)

  await callPlayer(page, 'a', 'pauseVideo')
  await page.clock.runFor(50)
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PAUSED)
  const paused = await youtube.trueTime()
  await page.clock.runFor(300)
  expect(await youtube.trueTime()).toBe(paused)
})

test('reports the time coarsely and extrapolates getCurrentTime between reports', async ({
  page,
}) => {
  await playingPlayer(page)
  const samples = await page.evaluate(
    () =>
      new Promise<{ current: number; reported: number; truth: number }[]>((resolve) => {
        const fake = window['__fakeYouTube']!
        const player = window.fakeHost.players['a']!
        const out: { current: number; reported: number; truth: number }[] = []
        const start = performance.now()
        const sample = () => {
          out.push({
            current: player['getCurrentTime']!() as number,
            reported: fake.lastReport()!.time,
            truth: fake.trueTime(),
          })
          if (performance.now() - start < 900) requestAnimationFrame(sample)
          else resolve(out)
        }
        requestAnimationFrame(sample)
      }),
  )
  const reports = new Set(samples.map((s) => s.reported))
  const currents = new Set(samples.map((s) => s.current))
  // About 900 / 250 reports, but a new getCurrentTime() value nearly every frame.
  expect(reports.size).toBeGreaterThanOrEqual(2)
  expect(reports.size).toBeLessThanOrEqual(6)
  expect(currents.size).toBeGreaterThan(reports.size * 2)
  for (const s of samples) {
    expect(s.current).toBeGreaterThanOrEqual(s.reported)
    expect(Math.abs(s.current - s.truth)).toBeLessThan(0.05)
  }
})

test.describe('with reports far apart', () => {
  test.use({ fakeYouTubeConfig: { readyDelayMs: 100, reportIntervalMs: 60_000 } })

  test('extrapolates at most one second past the last report', async ({ page, youtube }) => {
    await playingPlayer(page)
    await pauseClock(page)
    await page.clock.runFor(2500)
    expect(await youtube.trueTime()).toBeGreaterThan(2)
    const current = (await callPlayer(page, 'a', 'getCurrentTime')) as number
    const report = await youtube.lastReport()
    expect(current).toBeCloseTo(report!.time + 1, 5)
    expect((await youtube.trueTime()) - current).toBeGreaterThan(0.9)
  })
})

test('is stale right after seekTo and fresh after the next report', async ({ page, youtube }) => {
  await playingPlayer(page)
  const right = await page.evaluate(() => {
    const player = window.fakeHost.players['a']!
    const before = player['getCurrentTime']!() as number
    player['seekTo']!(3600, true)
    return {
      before,
      after: player['getCurrentTime']!() as number,
      truth: window['__fakeYouTube']!.trueTime(),
      seekAt: performance.now(),
    }
  })
  expect(right.after).toBeCloseTo(right.before, 1)
  expect(right.truth).toBeCloseTo(3600, 1)

  await expect
    .poll(() => callPlayer(page, 'a', 'getCurrentTime'), { timeout: 2_000 })
    .toBeGreaterThanOrEqual(3600)
  const report = await youtube.lastReport()
  // Fresh from the first report after the seek, which carries the new time. How soon
  // that report comes is the timer's business (tested above); on a loaded machine it slips.
  expect(report!.at).toBeGreaterThan(right.seekAt)
  expect(report!.time).toBeGreaterThanOrEqual(3600)
  // While playing, a seek buffers and plays on.
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PLAYING)
  const states = (await eventsOf(page, 'a', 'stateChange')).map((e) => e.data)
  const { BUFFERING, PLAYING } = PlayerState
  expect(states).toEqual([BUFFERING, PLAYING, BUFFERING, PLAYING])
})

test('keeps a paused video paused when seeking it', async ({ page, youtube }) => {
  await playingPlayer(page)
  await callPlayer(page, 'a', 'pauseVideo')
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PAUSED)
  await callPlayer(page, 'a', 'seekTo', 900, true)
  await expect.poll(() => callPlayer(page, 'a', 'getCurrentTime')).toBe(900)
  expect(await youtube.state()).toBe(PlayerState.PAUSED)
  expect(await youtube.trueTime()).toBe(900)
})

test('returns undefined from getCurrentTime after cueVideoById until the next report', async ({
  page,
  youtube,
}) => {
  await playingPlayer(page)
  const right = await page.evaluate(() => {
    const player = window.fakeHost.players['a']!
    player['cueVideoById']!({ videoId: 'other_video', startSeconds: 30 })
    return player['getCurrentTime']!()
  })
  expect(right).toBeUndefined()
  await waitForEvent(page, 'a', 'stateChange', PlayerState.CUED)
  await expect.poll(() => callPlayer(page, 'a', 'getCurrentTime')).toBe(30)
  expect(await youtube.videoId()).toBe('other_video')
  expect(await youtube.trueTime()).toBe(30)
})

test('returns undefined after loadVideoById, then plays the new video', async ({ page }) => {
  await readyPlayer(page)
  expect(
    await page.evaluate(() => {
      const player = window.fakeHost.players['a']!
      player['loadVideoById']!('other_video', 60)
      return player['getCurrentTime']!()
    }),
  ).toBeUndefined()
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PLAYING)
  await expect.poll(() => callPlayer(page, 'a', 'getCurrentTime')).toBeGreaterThanOrEqual(60)
})

test('starts an unstarted video when seeking it', async ({ page, youtube }) => {
  await readyPlayer(page)
  expect(await youtube.state()).toBe(PlayerState.UNSTARTED)
  await callPlayer(page, 'a', 'seekTo', 120, true)
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PLAYING)
  const states = (await eventsOf(page, 'a', 'stateChange')).map((e) => e.data)
  expect(states).toEqual([PlayerState.BUFFERING, PlayerState.PLAYING])
  expect(await youtube.trueTime()).toBeGreaterThanOrEqual(120)
})

test('starts a cued video when seeking it', async ({ page, youtube }) => {
  await readyPlayer(page)
  await callPlayer(page, 'a', 'cueVideoById', 'other_video')
  await waitForEvent(page, 'a', 'stateChange', PlayerState.CUED)
  await callPlayer(page, 'a', 'seekTo', 300, true)
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PLAYING)
  expect(await youtube.trueTime()).toBeGreaterThanOrEqual(300)
})

test.describe('with a short video', () => {
  test.use({
    fakeYouTubeConfig: { readyDelayMs: 100, durations: { short_video: 1.2 } },
  })

  test('ends at the duration', async ({ page, youtube }) => {
    await createPlayer(page, 'a', 'player-a', { videoId: 'short_video' })
    await waitForEvent(page, 'a', 'ready')
    expect(await callPlayer(page, 'a', 'getDuration')).toBe(1.2)
    await callPlayer(page, 'a', 'playVideo')
    await waitForEvent(page, 'a', 'stateChange', PlayerState.ENDED)
    expect(await youtube.trueTime()).toBe(1.2)
    await expect.poll(() => callPlayer(page, 'a', 'getCurrentTime')).toBe(1.2)
  })
})

test('changes the playback rate, says so, and plays faster', async ({ page, youtube }) => {
  await playingPlayer(page)
  await callPlayer(page, 'a', 'setPlaybackRate', 2)
  await waitForEvent(page, 'a', 'playbackRateChange', 2)
  expect(await callPlayer(page, 'a', 'getPlaybackRate')).toBe(2)
  await pauseClock(page)
  const t0 = await youtube.trueTime()
  await page.clock.runFor(500)
  const advanced = (await youtube.trueTime()) - t0
  expect(advanced).toBeCloseTo(1, 3)
})

test.describe('errors', () => {
  test.use({
    fakeYouTubeConfig: {
      readyDelayMs: 100,
      errors: Object.fromEntries(YOUTUBE_ERROR_CODES.map((code) => [`error_${code}`, code])),
    },
  })

  for (const code of [2, 100, 101, 150, 153] as const) {
    test(`reports error ${code} to onError, after onReady`, async ({ page, youtube }) => {
      await createPlayer(page, 'a', 'player-a', { videoId: `error_${code}` })
      await waitForEvent(page, 'a', 'error')
      const events = (await eventsOf(page, 'a')).map((e) => [e.type, e.data, e.targetIsPlayer])
      expect(events).toEqual([
        ['ready', null, true],
        ['error', code, true],
      ])
      // The video cannot play: play requests change nothing.
      await pauseClock(page)
      await callPlayer(page, 'a', 'playVideo')
      await page.clock.runFor(200)
      expect(await youtube.state()).toBe(PlayerState.UNSTARTED)
    })
  }

  test('reports error 5 to onError once playback starts', async ({ page }) => {
    await createPlayer(page, 'a', 'player-a', { videoId: 'error_5' })
    await waitForEvent(page, 'a', 'ready')
    await pauseClock(page)
    await page.clock.runFor(200)
    expect(await eventsOf(page, 'a', 'error')).toEqual([])
    await page.clock.resume()
    await callPlayer(page, 'a', 'playVideo')
    await waitForEvent(page, 'a', 'error', 5)
  })

  test('can report an error instead of onReady', async ({ page, youtube }) => {
    await youtube.setError(VIDEO, 150, 'instead-of-ready')
    await createPlayer(page, 'a', 'player-a', { videoId: VIDEO })
    await waitForEvent(page, 'a', 'error', 150)
    await pauseClock(page)
    await page.clock.runFor(300)
    expect((await eventsOf(page, 'a')).map((e) => e.type)).toEqual(['error'])
    expect(await youtube.isReady()).toBe(false)
    await expect(callPlayer(page, 'a', 'getCurrentTime')).rejects.toThrow(/not a function/)
  })

  test('reports an error for a video cued later', async ({ page }) => {
    await readyPlayer(page)
    await callPlayer(page, 'a', 'cueVideoById', 'error_101')
    await waitForEvent(page, 'a', 'error', 101)
  })
})

test('puts the original element back on destroy and goes quiet', async ({ page, youtube }) => {
  await page.evaluate(() => {
    Object.assign(window, { originalA: document.getElementById('player-a') })
  })
  await playingPlayer(page)
  await callPlayer(page, 'a', 'destroy')
  const back = await page.evaluate(
    () =>
      document.getElementById('player-a') ===
      (window as unknown as { originalA: Element }).originalA,
  )
  expect(back).toBe(true)
  await expect(page.locator('#slot-a > iframe')).toHaveCount(0)
  await expect(page.locator('#slot-a > #player-a.original')).toHaveText('A')
  expect(await youtube.playerCount()).toBe(0)
  expect(await youtube.destroyedCount()).toBe(1)

  const eventCount = (await eventsOf(page, 'a')).length
  await pauseClock(page)
  await page.clock.runFor(REPORT_MS * 2)
  expect((await eventsOf(page, 'a')).length).toBe(eventCount)
  await page.clock.resume()

  // As under StrictMode: a new player in the same element works.
  await readyPlayer(page)
  expect(await youtube.playerCount()).toBe(1)
  expect(await youtube.createdCount()).toBe(2)
})

test('never fires onReady for a player destroyed before it was ready', async ({ page }) => {
  await pauseClock(page)
  await createPlayer(page, 'a', 'player-a', { videoId: VIDEO })
  await callPlayer(page, 'a', 'destroy')
  await page.clock.runFor(400)
  expect(await eventsOf(page, 'a')).toEqual([])
  await expect(page.locator('#slot-a > #player-a.original')).toHaveCount(1)
})

test('scrubbing in YouTube’s controls moves the time without a seekTo call', async ({
  page,
  youtube,
}) => {
  await playingPlayer(page)
  await youtube.clearLog()
  await youtube.scrub(5000)
  expect(await youtube.trueTime()).toBeGreaterThanOrEqual(5000)
  await expect
    .poll(() => callPlayer(page, 'a', 'getCurrentTime'), { timeout: 2_000 })
    .toBeGreaterThanOrEqual(5000)
  expect(await youtube.calls('seekTo')).toEqual([])
  const scrubs = await youtube.calls('scrub')
  expect(scrubs).toMatchObject([{ player: 1, by: 'user', args: [5000] }])
})

test('logs the calls the page makes', async ({ page, youtube }) => {
  await readyPlayer(page)
  await callPlayer(page, 'a', 'seekTo', 10, true)
  const seeks = await youtube.calls('seekTo')
  expect(seeks).toMatchObject([{ player: 1, method: 'seekTo', args: [10, true], by: 'app' }])
  const [constructed] = await youtube.calls('constructor')
  expect(constructed?.args[0]).toBe('<div#player-a>')
})

test('runs two players side by side and counts them', async ({ page, youtube }) => {
  await readyPlayer(page, 'a')
  await readyPlayer(page, 'b')
  expect(await youtube.playerCount()).toBe(2)
  expect(await youtube.createdCount()).toBe(2)

  await callPlayer(page, 'a', 'playVideo')
  await waitForEvent(page, 'a', 'stateChange', PlayerState.PLAYING)
  await pauseClock(page)
  const t0 = await youtube.trueTime(0)
  await page.clock.runFor(300)
  expect((await youtube.trueTime(0)) - t0).toBeCloseTo(0.3, 3)
  expect(await youtube.trueTime(1)).toBe(0)
  expect(await eventsOf(page, 'b', 'stateChange')).toEqual([])

  await callPlayer(page, 'a', 'destroy')
  expect(await youtube.playerCount()).toBe(1)
  expect(await youtube.videoId()).toBe(VIDEO)
  expect(await youtube.state()).toBe(PlayerState.UNSTARTED)
})

test('aborts requests to other hosts and records them', async ({ page, problems }) => {
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/tracker.js').then(
      () => 'loaded',
      () => 'failed',
    ),
  )
  expect(outcome).toBe('failed')
  expect(problems.blockedRequests).toEqual(['https://example.com/tracker.js'])
  expect(problems.consoleErrors).toEqual([expect.stringMatching(/ERR_INTERNET_DISCONNECTED/)])
  problems.blockedRequests.length = 0
  problems.consoleErrors.length = 0
})

test.describe('with YouTube blocked', () => {
  test.use({ youtubeScript: 'blocked' })

  test('fails to load the script, as youtube-player sees it', async ({ page, problems }) => {
    await openHostPage(page, { waitForApi: false })
    await expect
      .poll(() => page.evaluate(() => window.fakeHost.loadError))
      .toBe('Failed to load http://www.youtube.com/iframe_api')
    expect(await page.evaluate(() => 'YT' in window)).toBe(false)
    expect(problems.consoleErrors).toEqual([expect.stringMatching(/ERR_CONNECTION_REFUSED/)])
    problems.consoleErrors.length = 0
  })
})
