// Moving between notes (DESIGN §3b): another note of the same video keeps the
// player and its time; a note of another video gets its player without a
// page reload. The two kiln notes of tests/fixtures/vault share one made-up video.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { SLUG, clickClaimText, notePath, waitForReadyPlayer } from './support/reader.ts'
import { PlayerState } from './support/fake-youtube.ts'

const GLAZES = 'ash-glazes-from-the-kiln-talk'
const KILNS = 'wood-fired-kilns'

test.use({ fakeYouTubeConfig: { durations: { kIln5_w00d1: 40 * 60 } } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test('a link to another note of the same video keeps the player playing, at its time', async ({
  page,
  youtube,
}) => {
  await page.goto(notePath('', GLAZES))
  await waitForReadyPlayer(page)
  // Marks this document: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { sameDocumentMark: true }))

  await clickClaimText(page, page.locator('article [data-claim-id="t1145"]'))
  await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
  const before = await youtube.trueTime()

  await page.locator('article a[data-wikilink="wood-fired-kilns"]').click()
  await expect(page.locator(`article[data-note="${KILNS}"]`)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/n/${KILNS}$`))

  // One player all along, never told to seek, cue or load, and still playing on.
  expect(await youtube.createdCount()).toBe(1)
  expect(await youtube.destroyedCount()).toBe(0)
  const calls = (await youtube.calls()).map((c) => c.method)
  expect(calls.filter((m) => /^(seekTo|cueVideoById|loadVideoById)$/.test(m))).toEqual(['seekTo'])
  expect(await youtube.state()).toBe(PlayerState.PLAYING)
  expect(await youtube.trueTime()).toBeGreaterThanOrEqual(before)
  // The kilns note, read as minutes on this 40-minute video, lights its claim at 19:05.
  await expect(page.locator('article [data-claim-id][data-active]')).toHaveCount(1)
  await expect(page.locator('article [data-primary]')).toHaveAttribute(
    'data-claim-times',
    '1145 1290',
  )
  expect(
    await page.evaluate(() => (window as { sameDocumentMark?: boolean }).sameDocumentMark),
  ).toBe(true)
})

test('a note of another video gets a new player, without reloading the page', async ({
  page,
  youtube,
}) => {
  await page.goto(notePath('', GLAZES))
  await waitForReadyPlayer(page)
  await page.evaluate(() => Object.assign(window, { sameDocumentMark: true }))
  await page.evaluate((slug) => {
    window.location.hash = `#/n/${slug}`
  }, SLUG)
  await expect(page.locator(`article[data-note="${SLUG}"]`)).toBeVisible()
  await expect.poll(() => youtube.createdCount()).toBe(2)
  await expect.poll(() => youtube.playerCount()).toBe(1)
  expect(await youtube.videoId()).toBe('_ziODBruqdA')
  expect(
    await page.evaluate(() => (window as { sameDocumentMark?: boolean }).sameDocumentMark),
  ).toBe(true)
})
