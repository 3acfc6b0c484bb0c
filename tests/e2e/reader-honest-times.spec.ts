// Times are honest (DESIGN §3): without a player the video's length is only a
// guess, shown as one, and nothing is clamped to it; with a player its length
// is a fact. Every time shown floors to whole seconds, so the gap's countdown
// always equals the chip's time minus the clock's. Screenshots of the clock go
// to test-results/screenshots/times-*.png.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { FOUR_SCREENS, SCREENSHOTS } from './support/screens.ts'
import {
  IFRAME_API_LOAD_FAILED,
  VIDEO_ID,
  clockSeconds,
  notePath,
  parseClock,
  reader,
  waitForReadyPlayer,
} from './support/reader.ts'

/** The seed's latest citation is 3:16:32; the guess runs a minute past it. */
const GUESS = '3:17:32'

/** The clock with whatever total stands beside it. */
const clockArea = (page: Page) => page.locator('[data-clock]').locator('..')
const estimate = (page: Page) => page.locator('[data-clock-total="estimated"]')

test.describe('without the video', () => {
  test.use({ youtubeScript: 'blocked' })
  test.afterEach(({ problems }) => {
    expectNoProblems(problems, { ignoreConsole: [IFRAME_API_LOAD_FAILED] })
  })

  test('the clock shows its total as an estimate, never as the video’s length', async ({
    page,
  }) => {
    await page.goto(notePath())
    const r = reader(page)
    await expect(r.fallback).toBeVisible()
    await expect(r.clock).toHaveText('0:00')
    await expect(estimate(page)).toBeVisible()
    await expect(estimate(page)).toContainText(`/ ~${GUESS}`)
    await expect(estimate(page)).toContainText(`of about ${GUESS}, estimated from the note`)
    await expect(clockArea(page)).not.toContainText(`/ ${GUESS}`)
  })

  // One page: it starts past the guess and runs on, then a chip seeks back under it.
  test('?t= past the guess is not clamped: the clock starts there and runs on, and a seek back under the guess shows the estimate again', async ({
    page,
  }) => {
    await page.goto(notePath('t=9h'))
    const r = reader(page)
    await test.step('past the guess: no estimate, the clock runs on', async () => {
      await expect(r.fallback).toBeVisible()
      await expect(r.clock).toHaveText('9:00:00')
      await expect(estimate(page)).toBeHidden()
      const link = r.fallback.getByRole('link', { name: 'Open on YouTube at this time' })
      await expect(link).toHaveAttribute(
        'href',
        `https://www.youtube.com/watch?v=${VIDEO_ID}&t=32400s`,
      )
      await r.button('Play').click()
      await expect
        .poll(() => clockSeconds(r), { timeout: 4_000, intervals: [100, 250] })
        .toBeGreaterThan(32401)
      await expect(r.button('Pause')).toBeVisible()
    })
    await test.step('a seek back under the guess', async () => {
      // Paused first, as a reader who has just opened the link would be.
      await r.button('Pause').click()
      await expect(r.button('Play')).toBeVisible()
      await r.chip('t457', 457).click()
      await expect(r.clock).toHaveText(/^7:3\d$/)
      await expect(estimate(page)).toBeVisible()
    })
  })

  test('screenshots: the clock on its own on phones, a tablet and a desktop', async ({ page }) => {
    await page.goto(notePath('t=754'))
    await expect(reader(page).fallback).toBeVisible()
    for (const [screen, viewport] of Object.entries(FOUR_SCREENS)) {
      await page.setViewportSize(viewport)
      await expect(estimate(page)).toBeVisible()
      await page.screenshot({ path: `${SCREENSHOTS}/times-blocked-${screen}.png` })
    }
  })
})

test.describe('with the video', () => {
  test.use({ fakeYouTubeConfig: { durations: { [VIDEO_ID]: 3 * 3600 + 20 * 60 } } })
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })

  test('the clock shows the video’s length as a fact', async ({ page }) => {
    await page.goto(notePath())
    await waitForReadyPlayer(page)
    await expect(clockArea(page)).toContainText('0:00 / 3:20:00')
    await expect(estimate(page)).toHaveCount(0)
  })

  test('the gap’s countdown always equals the chip’s time minus the clock’s', async ({ page }) => {
    // The page's clock is Playwright's: time runs as usual, and the test moves
    // it on by 230 ms between looks instead of waiting for it.
    await page.clock.install()
    await page.goto(notePath('t=100'))
    await waitForReadyPlayer(page)
    const r = reader(page)
    await expect(r.gap).toBeVisible()
    await r.button('Play').click()
    const seen = new Set<string>()
    for (let i = 0; i < 12; i += 1) {
      // One read of all three: the clock's subscribers write them in the same tick.
      const shown = await page.evaluate(() => ({
        clock: document.querySelector('[data-clock]')?.textContent ?? '',
        countdown: document.querySelector('[data-gap] .font-mono')?.textContent ?? '',
        chip: document.querySelector('button[data-citation="457"]')?.textContent ?? '',
      }))
      expect(shown.chip).toBe('7:37')
      expect(parseClock(shown.countdown), JSON.stringify(shown)).toBe(
        parseClock(shown.chip) - parseClock(shown.clock),
      )
      seen.add(shown.clock)
      await page.clock.runFor(230)
    }
    // The clock moved while we looked, so fractional times were crossed.
    expect(seen.size).toBeGreaterThan(1)
  })

  test('screenshots: the clock with the video on phones, a tablet and a desktop', async ({
    page,
  }) => {
    await page.goto(notePath('t=100'))
    await waitForReadyPlayer(page)
    for (const [screen, viewport] of Object.entries(FOUR_SCREENS)) {
      await page.setViewportSize(viewport)
      await expect(clockArea(page)).toContainText('/ 3:20:00')
      await page.screenshot({ path: `${SCREENSHOTS}/times-youtube-${screen}.png` })
    }
  })
})
