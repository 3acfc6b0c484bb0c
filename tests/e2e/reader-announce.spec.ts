// A screen reader hears the claim now playing: a visually hidden polite live
// region, filled when the claim being played changes while the video plays,
// switchable in the help dialog. Screenshots of the help dialog (with the
// switch) and of the tour's ending line, at phone, tablet and desktop sizes,
// YouTube faked and blocked, go to test-results/screenshots/announce-*.png.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { FOUR_SCREENS, SCREENSHOTS } from './support/screens.ts'
import {
  IFRAME_API_LOAD_FAILED,
  READING_ORDER,
  clickClaimText,
  notePath,
  openReader,
  reader,
  waitForReadyPlayer,
} from './support/reader.ts'

const nowPlaying = (page: Page) => page.locator('[data-now-playing]')

test.describe('the claim now playing', () => {
  test.use({ viewport: { width: 1366, height: 850 } })
  test.afterEach(({ problems }) => expectNoProblems(problems))

  test('is announced politely while playing, and not once switched off', async ({ page }) => {
    // Playwright's clock, flowing as usual, lets the test run time on past the throttle.
    await page.clock.install()
    const r = await openReader(page)
    await expect(nowPlaying(page)).toHaveAttribute('aria-live', 'polite')
    await expect(nowPlaying(page)).toBeEmpty()
    // Hidden from sight, not from assistive technology.
    expect(await nowPlaying(page).evaluate((e) => e.getBoundingClientRect().width)).toBeLessThan(2)

    // A click starts playback: the claim was chosen while paused, so nothing is said yet.
    await clickClaimText(page, r.claim('t8874'))
    await expect(r.button('Pause')).toBeVisible()
    await expect(nowPlaying(page)).toBeEmpty()
    // While playing, the next claim is announced as it becomes the one played.
    const next = READING_ORDER[READING_ORDER.indexOf('t8874') + 1]!
    await page.keyboard.press('n')
    await expect(r.primary).toHaveAttribute('data-claim-id', next)
    const words = (await r.claim(next).innerText()).trim().slice(0, 30)
    await expect(nowPlaying(page)).toContainText(words)

    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const announce = help.getByRole('checkbox', { name: /Announce the claim now playing/ })
    await expect(announce).toBeChecked()
    await announce.uncheck()
    await page.keyboard.press('Escape')
    await expect(nowPlaying(page)).toBeEmpty()
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4313')
    await page.clock.runFor(2500) // past the two-second throttle: nothing is coming
    await expect(nowPlaying(page)).toBeEmpty()

    // The switch is reader-wide and remembered. A key pressed before the
    // reloaded reader listens is lost, as it would be for a person: press again.
    await page.reload()
    await expect(async () => {
      await page.keyboard.press('?')
      await expect(help).toBeVisible({ timeout: 1000 })
    }).toPass()
    await expect(announce).not.toBeChecked()
  })
})

// One page per YouTube mode, resized and reloaded for each screen: a reload
// starts the note afresh (no tour, the help closed), as a new page would.
for (const youtubeScript of ['fake', 'blocked'] as const) {
  test.describe(`YouTube ${youtubeScript}`, () => {
    test.use({ youtubeScript })
    test.afterEach(({ problems }) =>
      expectNoProblems(problems, { ignoreConsole: [IFRAME_API_LOAD_FAILED] }),
    )

    test('screenshots: the help dialog with its switches, and the tour’s ending', async ({
      page,
    }) => {
      for (const [index, [screen, viewport]] of Object.entries(FOUR_SCREENS).entries()) {
        await test.step(screen, async () => {
          await page.setViewportSize(viewport)
          if (index === 0) await page.goto(notePath())
          else await page.reload()
          const r = reader(page)
          await expect(r.article).toBeVisible()
          if (youtubeScript === 'fake') await waitForReadyPlayer(page)
          else await expect(r.fallback).toBeVisible()
          await page.keyboard.press('?')
          const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
          await expect(help.getByRole('checkbox')).toHaveCount(2)
          await page.screenshot({
            path: `${SCREENSHOTS}/announce-help-${screen}-${youtubeScript}.png`,
          })
          await page.keyboard.press('Escape')

          // On a phone or tablet the tour starts from the More sheet.
          const more = page.getByRole('toolbar', { name: 'Playback' }).getByRole('button', {
            name: 'More',
          })
          if (await more.isVisible()) await more.click()
          const start = page.getByRole('button', { name: 'Play the note' })
          await start.scrollIntoViewIfNeeded()
          await start.click()
          await page
            .getByRole('group', { name: 'Guided tour' })
            .getByRole('button', { name: 'Stop' })
            .click()
          const ending = page.locator('[data-tour-end]')
          await expect(ending).toHaveText('Tour stopped at claim 1 of 29')
          await ending.scrollIntoViewIfNeeded()
          await expect(ending).toBeInViewport()
          await page.screenshot({
            path: `${SCREENSHOTS}/announce-tour-end-${screen}-${youtubeScript}.png`,
          })
        })
      }
    })
  })
}
