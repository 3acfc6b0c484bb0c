// Without the video (DESIGN §3): the note stays fully usable on a clock of its
// own, with a banner that says why in plain words and a link to the video on
// YouTube at the note's current time.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  IFRAME_API_LOAD_FAILED,
  VIDEO_ID,
  clickClaimText,
  clockSeconds,
  notePath,
  reader,
  type Reader,
  waitForReadyPlayer,
} from './support/reader.ts'

/** Opens the note without waiting for a player: there may never be one. */
async function openWithoutVideo(page: Page, path = notePath()): Promise<Reader> {
  await page.goto(path)
  const r = reader(page)
  await expect(r.article).toBeVisible()
  return r
}

test.describe('the YouTube script is blocked', () => {
  test.use({ youtubeScript: 'blocked' })

  test.afterEach(({ problems }) => {
    expectNoProblems(problems, { ignoreConsole: [IFRAME_API_LOAD_FAILED] })
  })

  test('shows a banner that says why, with a link to the video at this time', async ({ page }) => {
    const r = await openWithoutVideo(page, notePath('t=4300'))
    await expect(r.fallback).toHaveAttribute('data-fallback', 'script-blocked')
    await expect(r.fallback).toHaveRole('status')
    await expect(r.fallback).toContainText('YouTube could not be reached.')
    await expect(r.fallback).toContainText('you may be offline')
    await expect(r.fallback).toContainText('The note still follows a clock of its own')
    await expect(r.fallback).not.toContainText(/error \d|undefined|null/i)
    const link = r.fallback.getByRole('link', { name: 'Open on YouTube at this time' })
    await expect(link).toHaveAttribute(
      'href',
      `https://www.youtube.com/watch?v=${VIDEO_ID}&t=4300s`,
    )
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(r.player).toContainText('Video unavailable')
    await expect(page.locator('[data-player] iframe')).toHaveCount(0)
  })

  test('a claim still plays on the note’s own clock, and the link follows it', async ({ page }) => {
    const r = await openWithoutVideo(page)
    await expect(r.fallback).toBeVisible()
    await expect(r.clock).toHaveText('0:00')

    // A click plays from the claim, as it would with the video.
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.claim('t4313')).toHaveAttribute('data-primary', '')
    await expect(r.claim('t4313')).toHaveAttribute('aria-current', 'true')
    await expect(r.button('Pause')).toBeVisible()
    await expect(r.player).toContainText('The note is following its own clock')
    await expect.poll(() => clockSeconds(r), { timeout: 4_000 }).toBeGreaterThan(4314)
    const link = r.fallback.getByRole('link', { name: 'Open on YouTube at this time' })
    await expect(link).toHaveAttribute('href', /watch\?v=_ziODBruqdA&t=431[4-9]s$/)

    // Paused, the clock stands; played, it runs on.
    await r.button('Pause').click()
    await expect(r.button('Play')).toBeVisible()
    await expect(r.player).toContainText('Press play to follow the note on its own clock')
    const paused = await clockSeconds(r)
    await expect(link).toHaveAttribute('href', new RegExp(`&t=${paused}s$`))
    await r.button('Play').click()
    await expect(r.button('Pause')).toBeVisible()
    await expect.poll(() => clockSeconds(r), { timeout: 4_000 }).toBeGreaterThan(paused + 1)
  })

  test('Play runs the clock across claims: the highlight follows it', async ({ page }) => {
    const r = await openWithoutVideo(page, notePath('t=4228'))
    await expect(r.fallback).toBeVisible()
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4223')
    await r.button('Play').click()
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4230', { timeout: 4_000 })
    await page.keyboard.press('l')
    await expect(r.clock).toHaveText(/^1:10:4\d$/)
  })
})

test.describe('YouTube refuses the video', () => {
  // Error 150: the owner does not allow embedding (101 means the same).
  test.use({ fakeYouTubeConfig: { errors: { [VIDEO_ID]: 150 } } })

  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })

  test('error 150 shows the embedding-disabled banner and the note still works', async ({
    page,
  }) => {
    const r = await openWithoutVideo(page, notePath('t=4275'))
    await expect(r.fallback).toHaveAttribute('data-fallback', 'embedding-disabled')
    await expect(r.fallback).toHaveRole('status')
    await expect(r.fallback).toContainText('This video only plays on YouTube.')
    await expect(r.fallback).toContainText('does not allow it to play outside YouTube')
    await expect(
      r.fallback.getByRole('link', { name: 'Open on YouTube at this time' }),
    ).toHaveAttribute('href', `https://www.youtube.com/watch?v=${VIDEO_ID}&t=4275s`)
    await expect(r.clock).toHaveText('1:11:15')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4271')
    await clickClaimText(page, r.claim('t5511'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't5511')
    await expect.poll(() => clockSeconds(r)).toBeGreaterThanOrEqual(5511)
  })
})

test.describe('each YouTube error has its own plain words', () => {
  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })

  for (const [code, failure, words] of [
    [2, 'invalid-parameter', 'YouTube did not accept this video.'],
    [5, 'html5-error', 'The video cannot play in this browser.'],
    [100, 'not-found', 'This video is unavailable.'],
    [101, 'embedding-disabled', 'This video only plays on YouTube.'],
    [153, 'missing-referrer', 'YouTube refused to play the video here.'],
  ] as const) {
    test.describe(`error ${code}`, () => {
      test.use({ fakeYouTubeConfig: { errors: { [VIDEO_ID]: code } } })

      test(`shows the ${failure} banner`, async ({ page }) => {
        const r = await openWithoutVideo(page)
        // Error 5 comes only once playback starts.
        if (code === 5) {
          await waitForReadyPlayer(page)
          await r.button('Play').click()
        }
        await expect(r.fallback).toHaveAttribute('data-fallback', failure)
        await expect(r.fallback).toContainText(words)
        await expect(r.fallback.getByRole('link')).toHaveText('Open on YouTube at this time')
        // And the note still works, on its own clock.
        await clickClaimText(page, r.claim('t5511'))
        await expect(r.primary).toHaveAttribute('data-claim-id', 't5511')
        await expect.poll(() => clockSeconds(r)).toBeGreaterThan(5511)
      })
    })
  }
})

test.describe('YouTube never gets ready', () => {
  // onReady never comes; the reader gives up after 10 s.
  test.use({ fakeYouTubeConfig: { readyDelayMs: 60_000 } })

  test.afterEach(({ problems }) => {
    expectNoProblems(problems)
  })

  test('after 10 s the note falls back to its own clock', async ({ page }) => {
    const r = await openWithoutVideo(page)
    await expect(r.fallback).toBeHidden()
    await expect(r.fallback).toHaveAttribute('data-fallback', 'script-timeout', {
      timeout: 15_000,
    })
    await expect(r.fallback).toContainText('YouTube is taking too long to load.')
    await r.button('Play').click()
    await expect.poll(() => clockSeconds(r), { timeout: 4_000 }).toBeGreaterThanOrEqual(1)
  })
})
