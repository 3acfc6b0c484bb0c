// Stamp repair (DESIGN §2): once the video's length is known, a note whose
// late stamps are MM:SS written as HH:MM:SS with a constant last field (:00,
// :01) is read as minutes and seconds, says so, and can be undone; a mixed
// note is flagged and left as written; citations past the end are flagged.
// Screenshots of the notices go to test-results/screenshots/stamps-*.png.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { FOUR_SCREENS, SCREENSHOTS } from './support/screens.ts'
import {
  IFRAME_API_LOAD_FAILED,
  clickClaimText,
  notePath,
  reader,
  waitForReadyPlayer,
} from './support/reader.ts'

const KILNS = notePath('', 'wood-fired-kilns')
const SOURDOUGH = notePath('', 'sourdough-in-half-an-hour')
const LATHE = notePath('', 'lathe-workshop-mixed-stamps')

/** Polls a fast-changing value without the default back-off. */
const FAST = { intervals: [25, 50, 100] }

/** Scrolls the notice into view and saves the page, for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('[data-stamp-repair]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/stamps-${name}.png` })
}

test.describe('a note whose stamps mean minutes and seconds', () => {
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })
  test.use({ fakeYouTubeConfig: { durations: { kIln5_w00d1: 40 * 60 } } })

  // One page: the repair is read and played, then undone and made again.
  test('is read as minutes once the video is known to be 40 minutes long, plays there, and can be undone', async ({
    page,
    youtube,
  }) => {
    await page.goto(KILNS)
    await waitForReadyPlayer(page)
    const r = reader(page)
    const stoking = page.locator('article [data-claim-id="t51420"]')
    await test.step('read as minutes, and plays there', async () => {
      const notice = page.locator('[data-stamp-repair="applied"]')
      await expect(notice).toContainText('read as minutes and seconds')
      await expect(stoking).toHaveAttribute('data-claim-times', '857')
      await expect(stoking.locator('button[data-citation]')).toHaveText('14:17')
      await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(0)
      await clickClaimText(page, stoking)
      await expect.poll(async () => (await youtube.calls('seekTo')).at(-1)?.args[0], FAST).toBe(857)
      await expect(stoking).toHaveAttribute('data-primary', '')
      await expect(r.clock).toHaveText(/^14:1[78]$/)
    })
    await test.step('undone: the stamps are read as written and flagged past the end', async () => {
      await page
        .locator('[data-stamp-repair="applied"]')
        .getByRole('button', { name: 'Undo' })
        .click()
      await expect(stoking.locator('button[data-citation]')).toHaveText('14:17:00')
      await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(8)
      const notice = page.locator('[data-stamp-repair="undone"]')
      await expect(notice).toContainText('8 citations point past the end of the video (40:00)')
      await notice.getByRole('button', { name: 'Read them as minutes and seconds' }).click()
      await expect(stoking.locator('button[data-citation]')).toHaveText('14:17')
    })
  })
})

test.describe('a note whose every stamp ends in :01', () => {
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })
  test.use({ fakeYouTubeConfig: { durations: { xxxxx_01stp: 30 * 60 } } })

  test('is read as minutes and seconds on a 30-minute video, early stamps too, and plays there', async ({
    page,
    youtube,
  }) => {
    await page.goto(SOURDOUGH)
    await waitForReadyPlayer(page)
    const notice = page.locator('[data-stamp-repair="applied"]')
    await expect(notice).toContainText('(28:43:01 for 28:43)')
    await expect(notice).toContainText('to fit the 30:00 video')
    const last = page.locator('article [data-claim-id="t103381"]')
    await expect(last).toHaveAttribute('data-claim-times', '1723')
    await expect(last.locator('button[data-citation]')).toHaveText('28:43')
    // 00:02:01 fits a 30-minute video as written, but carries the same :01: it is 0:02.
    await expect(page.locator('article [data-claim-id="t121"] button[data-citation]')).toHaveText(
      '0:02',
    )
    await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(0)
    const folds = page.locator('article [data-claim-id="t53401"]')
    await expect(folds).toHaveAttribute('data-claim-times', '890 965')
    await clickClaimText(page, folds)
    await expect.poll(async () => (await youtube.calls('seekTo')).at(-1)?.args[0], FAST).toBe(890)
    await expect(folds).toHaveAttribute('data-primary', '')
  })

  test('screenshots: the repair notice on phones, a tablet and a desktop', async ({ page }) => {
    await page.goto(SOURDOUGH)
    await waitForReadyPlayer(page)
    for (const [screen, viewport] of Object.entries(FOUR_SCREENS)) {
      await page.setViewportSize(viewport)
      await expect(page.locator('[data-stamp-repair="applied"]')).toBeVisible()
      await screenshot(page, `applied-${screen}`)
    }
  })
})

test.describe('a note that mixes real hours with minutes written as hours', () => {
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })
  test.use({ fakeYouTubeConfig: { durations: { xxxxx_mixed: 80 * 60 } } })

  test('is flagged and left as written: no rule reads it, so nothing is guessed', async ({
    page,
  }) => {
    await page.goto(LATHE)
    await waitForReadyPlayer(page)
    const notice = page.locator('[data-stamp-repair="mixed"]')
    await expect(notice).toContainText('4 citations point past the end of the video (1:20:00)')
    await expect(notice).toContainText('some stamps as real hours')
    await expect(notice.getByRole('button')).toHaveCount(0)
    await expect(page.locator('[data-stamp-repair="applied"]')).toHaveCount(0)
    const lathe = page.locator('article [data-claim-id="t25740"]')
    await expect(lathe.locator('button[data-citation]')).toHaveText('7:09:00')
    await expect(lathe.locator('button[data-citation]')).toHaveAttribute('data-beyond')
    await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(4)
    const question = page.locator('article [data-claim-id="t3928"] button[data-citation]')
    await expect(question).toHaveText('1:05:28')
    await expect(question).not.toHaveAttribute('data-beyond')
  })

  test('screenshots: the mixed notice on phones, a tablet and a desktop', async ({ page }) => {
    await page.goto(LATHE)
    await waitForReadyPlayer(page)
    for (const [screen, viewport] of Object.entries(FOUR_SCREENS)) {
      await page.setViewportSize(viewport)
      await expect(page.locator('[data-stamp-repair="mixed"]')).toBeVisible()
      await screenshot(page, `mixed-${screen}`)
    }
  })
})

test.describe('without the video, the length is unknown', () => {
  test.use({ youtubeScript: 'blocked' })
  test.afterEach(({ problems }) => {
    expectNoProblems(problems, { ignoreConsole: [IFRAME_API_LOAD_FAILED] })
  })

  test('so no repair is made on a guess: the stamps stay as written, nothing flagged', async ({
    page,
  }) => {
    await page.goto(KILNS)
    const r = reader(page)
    await expect(r.fallback).toBeVisible()
    const stoking = page.locator('article [data-claim-id="t51420"]')
    await expect(stoking.locator('button[data-citation]')).toHaveText('14:17:00')
    await expect(page.locator('[data-stamp-repair]')).toHaveCount(0)
    await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(0)
  })
})

test.describe('a note whose stamps are honest, on a shorter video', () => {
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })
  test.use({ fakeYouTubeConfig: { durations: { _ziODBruqdA: 3600 } } })

  test('flags the citations past the end and repairs nothing', async ({ page }) => {
    await page.goto(notePath())
    await waitForReadyPlayer(page)
    const notice = page.locator('[data-stamp-repair="none"]')
    await expect(notice).toContainText('citations point past the end of the video (1:00:00)')
    const beyond = page.locator('button[data-citation][data-beyond]')
    await expect(beyond.first()).toHaveAccessibleName(/past the end of the video/)
    // 1:10:23 and later are past an hour; 7:37, 8:13 and 21:40 are not.
    await expect(beyond).toHaveCount(26)
    await expect(page.locator('button[data-citation="457"]')).not.toHaveAttribute('data-beyond')
  })
})
