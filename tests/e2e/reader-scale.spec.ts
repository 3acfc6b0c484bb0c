// The reader at 10,000 claims (DESIGN §6, issue 9), on the generated note of
// support/scale-note.ts in the test vault: 10,080 claims citing moments all
// over three hours, its sections out of video order.
//
// - Open: the note is on screen within a CI-safe bound (the budget is 1.5 s on
//   a quiet machine; the time is printed), every claim ends up in the DOM
//   (the note is built a run at a time), and a link to a claim near the end
//   lands on it.
// - 16×: a few seconds of playback at 16× run no main-thread task over 50 ms
//   of CPU time (support/main-thread-tasks.ts reads CPU time from a Chromium
//   trace: on a shared machine wall time says more about the neighbours).
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { startTaskTrace, stopTaskTrace } from './support/main-thread-tasks.ts'
import { toSeconds } from '../../src/time/seconds.ts'
import { buildTimeIndex } from '../../src/time/time-index.ts'
import {
  SCALE_CLAIMS as CLAIMS,
  SCALE_DURATION_S,
  SCALE_SLUG,
  SCALE_VIDEO_ID,
} from './support/scale-note.ts'

/** DESIGN §6 wants 1.5 s on a quiet machine; two shared cores under other tests' load need room. */
const VISIBLE_BOUND_MS = 6_000
const LONG_TASK_CPU_MS = 50
const PLAY_MS = 5_000

test.use({
  fakeYouTubeConfig: {
    durations: { [SCALE_VIDEO_ID]: SCALE_DURATION_S },
    playbackRates: [0.25, 0.5, 1, 1.5, 2, 4, 8, 16],
    // At 16× a report every 50 ms is 0.8 s of video, within the 1 s that
    // getCurrentTime() extrapolates (YouTube reports every ~250 ms, at ≤ 2×).
    reportIntervalMs: 50,
  },
})

// One at a time: each measures the page's CPU, and the other would share the machine's two cores.
test.describe.configure({ mode: 'serial' })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

const noteClaims = (page: Page) =>
  page.locator(`article[data-note="${SCALE_SLUG}"] [data-claim-id]`)

/** Records, from the page's first script on, when the first claim of the note was painted. */
async function watchFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const look = () => {
      if (!document.querySelector('article[data-note] [data-claim-id]'))
        return void requestAnimationFrame(look)
      // The frame after the one that found it: it has been painted by then.
      requestAnimationFrame(() => performance.mark('e2e:note-visible'))
    }
    requestAnimationFrame(look)
  })
}

async function playAt16(page: Page): Promise<void> {
  await page.evaluate(() => {
    const fake = window['__fakeYouTube']!
    fake.userPlay()
    const player = fake.players.at(-1) as { setPlaybackRate(rate: number): void }
    player.setPlaybackRate(16)
  })
}

test('a 10,000-claim note is on screen at once, is built whole, and a link lands on its claim', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await watchFirstPaint(page)
  await page.goto(`/#/n/${SCALE_SLUG}`)
  await expect(noteClaims(page).first()).toBeVisible()
  const visibleMs = await page.evaluate(
    () => performance.getEntriesByName('e2e:note-visible')[0]?.startTime ?? Number.NaN,
  )
  // oxlint-disable-next-line no-console
  console.log(`10k-claim note visible ${visibleMs.toFixed(0)} ms after navigation`)
  expect(visibleMs).toBeLessThan(VISIBLE_BOUND_MS)
  // Every claim, in the DOM, for find in page and screen readers.
  await expect(noteClaims(page)).toHaveCount(CLAIMS, { timeout: 90_000 })
  const builtMs = await page.evaluate(() => performance.now())
  // oxlint-disable-next-line no-console
  console.log(`all ${CLAIMS} claims in the DOM ${builtMs.toFixed(0)} ms after navigation`)

  // A link to a claim near the end, opened afresh: it waits for its claim and shows it.
  const last = await noteClaims(page)
    .nth(CLAIMS - 20)
    .getAttribute('data-claim-id')
  await page.goto('about:blank')
  await page.goto(`/#/n/${SCALE_SLUG}?claim=${last}`)
  const target = page.locator(`article [data-claim-id="${last}"]`)
  await expect(target).toBeInViewport({ timeout: 90_000 })
  await expect(target).toBeFocused()
})

test('plays a 10,000-claim note at 16× without a long task', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await page.goto(`/#/n/${SCALE_SLUG}`)
  await expect(noteClaims(page)).toHaveCount(CLAIMS, { timeout: 90_000 })
  await page.waitForFunction(() => window['__fakeYouTube']?.players.length === 1)
  await page.waitForFunction(() => window['__fakeYouTube']!.isReady())
  // A moment for the parts that load after the note (the timeline's marks, the outline).
  await page.waitForTimeout(1_000)

  await startTaskTrace(browser, page)
  await page.evaluate(() => performance.mark('e2e:play-16x'))
  await playAt16(page)
  await page.waitForTimeout(PLAY_MS)
  await page.evaluate(() => performance.mark('e2e:played'))
  const tasks = await stopTaskTrace(browser, 'e2e:play-16x', 'e2e:played')
  const played = await page.evaluate(() => window['__fakeYouTube']!.trueTime())
  const changes = await page.locator('article [data-claim-id][data-active]').count()

  const cpu = tasks.map((task) => task.cpuMs).toSorted((a, b) => b - a)
  const wall = tasks.map((task) => task.wallMs).toSorted((a, b) => b - a)
  // oxlint-disable-next-line no-console
  console.log(
    `16× for ${PLAY_MS} ms (to ${played.toFixed(0)} s of video, ${changes} claims active now): ` +
      `${tasks.length} tasks; busiest CPU ${cpu.slice(0, 5).map((x) => x.toFixed(1))} ms; ` +
      `busiest wall ${wall.slice(0, 5).map((x) => x.toFixed(1))} ms`,
  )
  expect(played).toBeGreaterThan(16 * (PLAY_MS / 1000) * 0.5)
  expect(cpu[0] ?? 0).toBeLessThanOrEqual(LONG_TASK_CPU_MS)
})

// The three-hour playthrough. The note is played from 0:00 to its end at 16×
// (675 s of the page's time) and every claim that gains `data-active` is
// logged with the fake's true time, then compared with the time index
// (src/time/time-index.ts) built from the claims' public `data-claim-times`:
// each window's claims must light up within one frame of its opening (16 ms
// of the page's time is 0.26 s of video at 16×), none missed, none early.
//
// Time is compressed with Playwright's clock, not by cheating the app: the
// clock is paused and run forward in 20 s steps; Playwright then fires every
// due timer and animation frame of the page one real task after another (the
// app's own frame loop, the fake's reports, React's commits in between), as
// fast as the machine runs them. The JS heap, read after a forced GC through
// CDP, must end within a stated bound of where it started.
//
// The whole three hours is 42,000 frames; on two shared cores that took over
// ten minutes here, so by default the test plays the first PLAYTHROUGH_S of
// video (the same frame loop, the same checks, on every window it passes) and
// SCALE_PLAYTHROUGH_S=10800 plays it all.
const PLAYTHROUGH_S = Number(process.env['SCALE_PLAYTHROUGH_S'] ?? 1200)
const STEP_MS = 20_000
/** One frame of the page's clock at 16×, in seconds of video, with room for the report's rounding. */
const FRAME_S = (16 * 16) / 1000 + 0.05
/** The heap after the run may exceed the heap before by at most this: nothing of the run is kept. */
const HEAP_GROWTH_BOUND = { ratio: 1.2, plusMB: 8 }

test('plays the three hours through at 16× and lights every claim as its window opens', async ({
  page,
}) => {
  // Not working yet: on this machine, Playwright's clock ran the page far slower than
  // real time (20 minutes of video at 16× had not finished after 5 minutes), so
  // the run never reaches its checks. To look into: what each fired frame costs.
  test.fixme(true, "too slow on Playwright's clock here; see the comment above")
  test.setTimeout(240_000 + PLAYTHROUGH_S * 60)
  await page.clock.install()
  await page.goto(`/#/n/${SCALE_SLUG}`)
  await expect(noteClaims(page)).toHaveCount(CLAIMS, { timeout: 120_000 })
  await page.waitForFunction(() => window['__fakeYouTube']?.players.length === 1)
  await page.waitForFunction(() => window['__fakeYouTube']!.isReady())
  const claims = await noteClaims(page).evaluateAll((elements) =>
    elements.map((e) => ({
      id: e.getAttribute('data-claim-id')!,
      times: e.getAttribute('data-claim-times')!.split(' ').map(Number),
    })),
  )
  const index = buildTimeIndex(
    claims.map((c) => ({ id: c.id, citations: c.times.map((t) => ({ seconds: toSeconds(t) })) })),
  )
  await page.evaluate(() => {
    const log: [string, number][] = []
    Object.assign(window, { scaleActivations: log })
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement
        if (record.oldValue === null && element.hasAttribute('data-active'))
          log.push([element.dataset['claimId']!, window['__fakeYouTube']!.trueTime()])
      }
    }).observe(document.querySelector('article[data-note]')!, {
      attributes: true,
      attributeFilter: ['data-active'],
      attributeOldValue: true,
      subtree: true,
    })
  })
  const cdp = await page.context().newCDPSession(page)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20
  }
  const heapBefore = await heap()

  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await page.evaluate(() => {
    const fake = window['__fakeYouTube']!
    fake.scrub(0)
    fake.userPlay()
    ;(fake.players.at(-1) as { setPlaybackRate(rate: number): void }).setPlaybackRate(16)
  })
  const started = Date.now()
  let reached = 0
  for (
    let t = 0;
    t < SCALE_DURATION_S + 30;
    t = await page.evaluate(() => window['__fakeYouTube']!.trueTime())
  ) {
    reached = t
    if (t >= PLAYTHROUGH_S) break
    await page.clock.runFor(STEP_MS)
    if ((await page.evaluate(() => window['__fakeYouTube']!.state())) === 0) break
  }
  reached = await page.evaluate(() => window['__fakeYouTube']!.trueTime())
  const wallS = (Date.now() - started) / 1000
  const log = await page.evaluate(
    () => (window as unknown as { scaleActivations: [string, number][] }).scaleActivations,
  )
  const heapAfter = await heap()

  // What the index says: a claim lights up where a window opens that it was not already active in.
  const expected: { id: string; at: number }[] = []
  index.windows.forEach((window, i) => {
    const before = index.windows[i - 1]
    const carried = before && before.interval.end === window.interval.start ? before.ids : []
    for (const id of window.ids)
      if (!carried.includes(id)) expected.push({ id, at: window.interval.start })
  })
  const seen = new Map<string, number[]>()
  for (const [id, at] of log) seen.set(id, [...(seen.get(id) ?? []), at])
  const missed = expected.filter(
    (e) => !(seen.get(e.id) ?? []).some((at) => at >= e.at && at < e.at + FRAME_S),
  )
  const opens = new Map<string, number[]>()
  for (const e of expected) opens.set(e.id, [...(opens.get(e.id) ?? []), e.at])
  const unexpected = log.filter(
    ([id, at]) =>
      at < reached - FRAME_S &&
      !(opens.get(id) ?? []).some((start) => at >= start && at < start + FRAME_S),
  )
  // oxlint-disable-next-line no-console
  console.log(
    `0–${reached.toFixed(0)} s of video at 16× in ${wallS.toFixed(0)} s of wall time: ${log.length} activations logged, ` +
      `${expected.length} expected from the time index; missed ${missed.length}, unexpected ${unexpected.length}; ` +
      `heap ${heapBefore.toFixed(1)} MB before, ${heapAfter.toFixed(1)} MB after (GC forced)`,
  )
  expect(missed.slice(0, 10)).toEqual([])
  expect(unexpected.slice(0, 10)).toEqual([])
  expect(heapAfter).toBeLessThanOrEqual(
    heapBefore * HEAP_GROWTH_BOUND.ratio + HEAP_GROWTH_BOUND.plusMB,
  )
})
