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
