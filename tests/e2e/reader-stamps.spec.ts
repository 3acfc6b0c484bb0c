// Stamp repair (DESIGN §2): once the video's length is known, a note whose
// late stamps are MM:SS written as HH:MM:00 is read as minutes and seconds,
// says so, and can be undone; citations past the end are flagged.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { clickClaimText, notePath, reader, waitForReadyPlayer } from './support/reader.ts'

const KILNS = notePath('', 'wood-fired-kilns')

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test.describe('a note whose stamps mean minutes and seconds', () => {
  test.use({ fakeYouTubeConfig: { durations: { kIln5_w00d1: 40 * 60 } } })

  test('is read as minutes once the video is known to be 40 minutes long, and plays there', async ({
    page,
    youtube,
  }) => {
    await page.goto(KILNS)
    await waitForReadyPlayer(page)
    const r = reader(page)
    const notice = page.locator('[data-stamp-repair="applied"]')
    await expect(notice).toContainText('read as minutes and seconds')
    const stoking = page.locator('article [data-claim-id="t51420"]')
    await expect(stoking).toHaveAttribute('data-claim-times', '857')
    await expect(stoking.locator('button[data-citation]')).toHaveText('14:17')
    await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(0)
    await clickClaimText(page, stoking)
    await expect.poll(async () => (await youtube.calls('seekTo')).at(-1)?.args[0]).toBe(857)
    await expect(stoking).toHaveAttribute('data-primary', '')
    await expect(r.clock).toHaveText(/^14:1[78]$/)
  })

  test('can be undone: the stamps are read as written and flagged past the end', async ({
    page,
  }) => {
    await page.goto(KILNS)
    await waitForReadyPlayer(page)
    await page
      .locator('[data-stamp-repair="applied"]')
      .getByRole('button', { name: 'Undo' })
      .click()
    const stoking = page.locator('article [data-claim-id="t51420"]')
    await expect(stoking.locator('button[data-citation]')).toHaveText('14:17:00')
    await expect(page.locator('button[data-citation][data-beyond]')).toHaveCount(8)
    const notice = page.locator('[data-stamp-repair="undone"]')
    await expect(notice).toContainText('8 citations point past the end of the video (40:00)')
    await notice.getByRole('button', { name: 'Read them as minutes and seconds' }).click()
    await expect(stoking.locator('button[data-citation]')).toHaveText('14:17')
  })
})

test.describe('a note whose stamps are honest, on a shorter video', () => {
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
