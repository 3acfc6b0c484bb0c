// "Play the note": the guided tour plays each claim's cited moment for its
// window, in reading order, with the note following; keys work during it, and
// any other seek ends it cleanly.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  READING_ORDER,
  clickClaimText,
  isInNoteView,
  openReader,
  seconds,
} from './support/reader.ts'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/** DESIGN §2: a citation's window ends at the next later citation in the note, 60 s at most. */
function windowEnd(id: string): number {
  const start = seconds(id)
  const later = READING_ORDER.map(seconds).filter((t) => t > start)
  return Math.min(start + 60, ...later)
}

/** A claim whose moment starts where the previous window ended plays on without a seek. */
function seamless(id: string, i: number): boolean {
  return i > 0 && Math.abs(seconds(id) - windowEnd(READING_ORDER[i - 1]!)) <= 0.5
}

/** YouTube reports every 250 ms: look often, not after a growing wait of up to a second. */
const REPORT_POLL = { intervals: [25, 50, 100] }

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: 'Guided tour' })

test('a full tour visits every claim in reading order, each from its own moment', async ({
  page,
  youtube,
}) => {
  test.setTimeout(120_000)
  const r = await openReader(page)
  await page.getByRole('button', { name: 'Play the note' }).click()
  for (const [i, id] of READING_ORDER.entries()) {
    await expect(status(page)).toContainText(`claim ${i + 1} of ${READING_ORDER.length}`)
    await expect(r.primary).toHaveAttribute('data-claim-id', id)
    // Once YouTube has reported the claim's moment (it reports every 250 ms), let the
    // video run to just before the window ends, then play across it.
    await expect
      .poll(async () => (await youtube.lastReport())?.time ?? 0, REPORT_POLL)
      .toBeGreaterThanOrEqual(seconds(id) - 0.5)
    await youtube.scrub(windowEnd(id) - 0.4)
  }
  // After the last claim the tour ends and the video pauses.
  await expect(status(page)).toHaveCount(0)
  await expect(r.button('Play')).toBeVisible()
  const seeks = (await youtube.calls('seekTo')).map((call) => Math.round(Number(call.args[0])))
  expect(seeks).toEqual(READING_ORDER.filter((id, i) => !seamless(id, i)).map(seconds))
  expect(seeks.length).toBeLessThan(READING_ORDER.length)
})

test('skip, back and stop work, and n and p move the tour', async ({ page }) => {
  const r = await openReader(page)
  await page.getByRole('button', { name: 'Play the note' }).click()
  await expect(status(page)).toContainText('claim 1 of 29')
  await status(page).getByRole('button', { name: 'Skip' }).click()
  await expect(status(page)).toContainText('claim 2 of 29')
  await expect(r.primary).toHaveAttribute('data-claim-id', READING_ORDER[1])
  await page.keyboard.press('n')
  await expect(status(page)).toContainText('claim 3 of 29')
  await page.keyboard.press('p')
  await status(page).getByRole('button', { name: 'Back' }).click()
  await expect(status(page)).toContainText('claim 1 of 29')
  await page.keyboard.press('k') // pausing keeps the tour
  await expect(r.button('Play')).toBeVisible()
  await expect(status(page)).toContainText('claim 1 of 29')
  await page.keyboard.press('Escape')
  await expect(status(page)).toHaveCount(0)
})

test('clicking another claim leaves the tour for normal playback', async ({ page }) => {
  const r = await openReader(page)
  await page.getByRole('button', { name: 'Play the note' }).click()
  await expect(status(page)).toContainText('claim 1 of 29')
  await clickClaimText(page, r.claim('t8874'))
  await expect(status(page)).toHaveCount(0)
  await expect(r.primary).toHaveAttribute('data-claim-id', 't8874')
  await expect(r.button('Pause')).toBeVisible()
})

test('a seek in YouTube’s own controls leaves the tour', async ({ page, youtube }) => {
  await openReader(page)
  await page.getByRole('button', { name: 'Play the note' }).click()
  await expect(status(page)).toContainText('claim 1 of 29')
  await youtube.scrub(600)
  await expect(status(page)).toHaveCount(0)
})

test('with follow off, the tour still shows each claim it plays, and follow stays off', async ({
  page,
}) => {
  const r = await openReader(page)
  await r.follow.click()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  const far = READING_ORDER[20]!
  expect(await isInNoteView(page, r.claim(far))).toBe(false)
  await page.getByRole('button', { name: 'Play the note' }).click()
  for (let i = 1; i <= 20; i++) {
    await page.keyboard.press('n')
    await expect(status(page)).toContainText(`claim ${i + 1} of ${READING_ORDER.length}`)
  }
  await expect(r.primary).toHaveAttribute('data-claim-id', far)
  await expect.poll(() => isInNoteView(page, r.claim(far))).toBe(true)
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
})

test('says so when it has finished, politely, until dismissed', async ({ page, youtube }) => {
  const r = await openReader(page)
  const last = READING_ORDER.at(-1)!
  await clickClaimText(page, r.claim(last))
  await page.getByRole('button', { name: 'Play the note' }).click()
  await expect(status(page)).toContainText('claim 29 of 29')
  const ending = page.locator('[data-tour-end]')
  await expect(ending).toHaveAttribute('aria-live', 'polite')
  await expect(ending).toBeEmpty()
  await expect
    .poll(async () => (await youtube.lastReport())?.time ?? 0, REPORT_POLL)
    .toBeGreaterThanOrEqual(seconds(last) - 0.5)
  await youtube.scrub(windowEnd(last) - 0.4)
  await expect(status(page)).toHaveCount(0)
  await expect(ending).toHaveText('Tour finished — 29 of 29 claims')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(ending).toBeEmpty()
})

test('says where it stopped when stopped', async ({ page }) => {
  await openReader(page)
  await page.getByRole('button', { name: 'Play the note' }).click()
  await status(page).getByRole('button', { name: 'Skip' }).click()
  await expect(status(page)).toContainText('claim 2 of 29')
  await page.keyboard.press('Escape')
  await expect(page.locator('[data-tour-end]')).toHaveText('Tour stopped at claim 2 of 29')
  // A new tour forgets how the last one ended.
  await page.getByRole('button', { name: 'Play the note' }).click()
  await expect(page.locator('[data-tour-end]')).toBeEmpty()
})
