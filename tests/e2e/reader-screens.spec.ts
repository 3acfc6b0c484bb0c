// The reader on a desktop and a phone, light and dark, mid-playback with a
// claim highlighted. Each test checks what can be checked (nothing overflows
// sideways, every control is on screen and not covered, the highlight is in
// view) and saves a screenshot to test-results/screenshots/ to be looked at
// (STYLE "Tests"). The desktop light shot is also the README's picture; the
// phone light test goes on to follow off and the help dialog.
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { SCREENSHOTS } from './support/screens.ts'
import {
  IFRAME_API_LOAD_FAILED,
  clockSeconds,
  notePath,
  openReader,
  type Reader,
} from './support/reader.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
// The README's picture is a tracked file: it is rewritten only when asked
// (README_PICTURE=1 npm run test:e2e), never as a side effect of a test run.
const README_IMAGE = process.env['README_PICTURE']
  ? `${repoRoot}.github/readme/reader.png`
  : `${SCREENSHOTS}/readme-reader.png`

const SCREENS = {
  desktop: { width: 1366, height: 850 },
  phone: { width: 390, height: 844 },
} as const

test.afterEach(({ problems, youtubeScript }) => {
  expectNoProblems(problems, {
    ignoreConsole: youtubeScript === 'blocked' ? [IFRAME_API_LOAD_FAILED] : [],
  })
})

/** Opens the note at a claim and plays from it, follow on, until the clock has moved. */
async function playingAt(page: Page, claimId: string): Promise<Reader> {
  const r = await openReader(page, notePath(`claim=${claimId}`))
  await expect(r.claim(claimId)).toHaveAttribute('data-primary', '')
  const from = await clockSeconds(r)
  await r.button('Play').click()
  await expect(r.button('Pause')).toBeVisible()
  await expect
    .poll(() => clockSeconds(r), { intervals: [25, 50, 100] })
    .toBeGreaterThanOrEqual(from + 2)
  await expect(r.claim(claimId)).toHaveAttribute('data-primary', '')
  await expect(r.claim(claimId)).toBeInViewport()
  return r
}

/** Every control a person needs is on screen and is what is hit at its centre. */
async function expectControlsUsable(page: Page, r: Reader): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
  const controls = [
    ...(await page.getByRole('toolbar', { name: 'Playback' }).getByRole('button').all()),
    page.getByRole('button', { name: 'Search the note (/)' }),
    page.getByRole('button', { name: 'Keyboard shortcuts (?)' }),
    r.clock,
  ]
  for (const control of controls) {
    await expect(control).toBeInViewport({ ratio: 1 })
    const covered = await control.evaluate((element) => {
      const box = element.getBoundingClientRect()
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return hit !== null && !element.contains(hit) && !hit.contains(element)
        ? hit.outerHTML.slice(0, 80)
        : null
    })
    expect(covered, `${await control.evaluate((e) => e.outerHTML.slice(0, 80))} is covered`).toBe(
      null,
    )
  }
}

for (const [screen, viewport] of Object.entries(SCREENS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${screen} ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme })

      test('playing, with the claim being spoken highlighted and in view', async ({ page }) => {
        const r = await playingAt(page, 't4313')
        await expectControlsUsable(page, r)
        await expect(r.player).toBeInViewport()
        // Highlighted not by colour alone: the claim looks different from its neighbours.
        const [lit, plain] = await Promise.all(
          [r.claim('t4313'), r.claim('t4331')].map((claim) =>
            claim.evaluate((element) => {
              const style = getComputedStyle(element)
              return [style.backgroundColor, style.boxShadow, style.textDecorationLine].join('|')
            }),
          ),
        )
        expect(lit).not.toBe(plain)
        await page.screenshot({ path: `${SCREENSHOTS}/reader-${screen}-${scheme}.png` })
        // The README's picture is this very state: desktop, light, mid-playback.
        if (screen === 'desktop' && scheme === 'light')
          await page.screenshot({ path: README_IMAGE })
        if (screen === 'phone' && scheme === 'light') await otherPhoneStates(page, r)
      })
    })
  }
}

/** More phone states worth a look, on from the playing one. */
async function otherPhoneStates(page: Page, r: Reader): Promise<void> {
  await test.step('phone, follow off with back to now shown', async () => {
    await r.follow.click()
    await r.pane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }))
    await expect(r.backToNow).toBeVisible()
    await expect(r.backToNow).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: `${SCREENSHOTS}/reader-phone-back-to-now.png` })
  })

  await test.step('phone, help dialog', async () => {
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click()
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: `${SCREENSHOTS}/reader-phone-help.png` })
  })
}

test.describe('without the video', () => {
  test.use({ viewport: SCREENS.desktop, colorScheme: 'dark', youtubeScript: 'blocked' })

  test('desktop dark, fallback banner and the note on its own clock', async ({ page }) => {
    await page.goto(notePath('t=4300'))
    const banner = page.locator('[data-fallback]')
    await expect(banner).toBeVisible()
    await expect(banner.getByRole('link')).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: `${SCREENSHOTS}/reader-desktop-dark-fallback.png` })
  })
})
