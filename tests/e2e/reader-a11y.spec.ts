// Zero axe violations on the reader (DESIGN §6: Lighthouse accessibility 100),
// in light and dark, with a claim highlighted, with the help dialog open, with
// the search bar open and with the fallback banner. Each state is reached once
// and read in light (every rule), then in dark (the colour rules).
import type { Page } from '@playwright/test'
import { axeViolations as violations, COLOUR_RULES, useScheme } from './support/axe.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  type Reader,
  SLUG,
  VIDEO_ID,
  clickClaimText,
  notePath,
  openReader,
} from './support/reader.ts'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/**
 * The page as it stands has no violations in light (every rule) nor in dark
 * (the colour rules), and is left light again.
 */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  await test.step(`axe: ${state}, light and dark`, async () => {
    expect(await violations(page), `${state}, light`).toEqual([])
    await useScheme(page, 'dark')
    expect(await violations(page, COLOUR_RULES), `${state}, dark`).toEqual([])
    await useScheme(page, 'light')
  })
}

/** The focused element's ring, as computed. */
function ringOf(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!)
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`
  })
}

/** Focuses each control the page has and expects one and the same keyboard focus ring on all. */
async function expectOneFocusRing(page: Page, r: Reader): Promise<void> {
  const controls = [
    page.locator('[data-theme-toggle]'),
    r.button('Slower'),
    r.button('Faster'),
    r.follow,
    page.getByRole('button', { name: 'Skip to it' }),
    page.getByRole('slider', { name: 'Video timeline' }),
    r.article.locator('[data-citation]').first(),
    page.locator('[data-diagnostics] summary'),
  ]
  // After a key, focus moved by script shows as keyboard focus (:focus-visible).
  await page.keyboard.press('Tab')
  const rings: string[] = []
  for (const control of controls) {
    if ((await control.count()) === 0) continue
    await control.focus()
    expect(await control.evaluate((element) => element.matches(':focus-visible'))).toBe(true)
    rings.push(await ringOf(page))
  }
  expect(rings.length).toBeGreaterThanOrEqual(6)
  expect(rings[0]).toMatch(/^solid 2px /)
  expect(new Set(rings)).toEqual(new Set([rings[0]]))
}

// One page per starting point; each state it passes through is checked in light
// and in dark by following the system's scheme, as a person's machine would switch.
test.describe('light and dark', () => {
  test.use({ colorScheme: 'light' })
  // Each test reads the reader with axe four to six times, some 10 s each on a
  // loaded 2-core machine: more than the default 30 s, or even 60 s.
  test.describe.configure({ timeout: 120_000 })

  test('the reader, playing with a claim highlighted and its copy-link control shown, then scrolled away with back to now', async ({
    page,
  }) => {
    const r = await openReader(page, notePath('t=4300'))
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.claim('t4313')).toHaveAttribute('data-primary', '')
    await expect(r.button('Pause')).toBeVisible()
    // The copy-link control shows only on the claim the keyboard is on.
    await expect(r.claim('t4313').locator('[data-copy-link]')).toBeVisible()
    await expectNoViolations(page, 'playing, a claim highlighted with its copy-link control')

    await r.follow.click()
    await r.pane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }))
    await expect(r.backToNow).toBeVisible()
    await r.button('Forward 10 seconds').click()
    await r.button('Forward 10 seconds').click()
    await expectNoViolations(page, 'back to now shown')
  })

  test('the reader in a gap, with the help dialog open and with the search bar open and a match shown', async ({
    page,
  }) => {
    const r = await openReader(page, notePath('t=200'))
    await expect(r.gap).toBeVisible()
    await expectNoViolations(page, 'in a gap')

    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await page.keyboard.press('?')
    await expect(help).toBeVisible()
    await expectNoViolations(page, 'the help dialog open')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    await page.keyboard.press('/')
    await page.getByRole('searchbox', { name: 'Search the note' }).fill('ISRO')
    await expect(page.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible()
    await expectNoViolations(page, 'the search bar open')
  })

  test('every control shows the same focus ring, in light and in dark', async ({ page }) => {
    const r = await openReader(page, notePath('t=200'))
    await expect(r.gap).toBeVisible()
    await test.step('light', () => expectOneFocusRing(page, r))
    await useScheme(page, 'dark')
    await test.step('dark', () => expectOneFocusRing(page, r))
  })
})

test.describe('dark, without the video', () => {
  test.use({ colorScheme: 'dark', fakeYouTubeConfig: { errors: { [VIDEO_ID]: 150 } } })

  test('the fallback banner', async ({ page }) => {
    await page.goto(notePath())
    await expect(page.locator('[data-fallback]')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
})

test('the theme button says the mode it is in and what a press does, and the page follows', async ({
  page,
}) => {
  await openReader(page)
  const toggle = page.locator('[data-theme-toggle]')
  await expect(toggle).toHaveAccessibleName('Theme: as the system. Press to switch to light')
  await expect(toggle).toHaveText('Auto')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: light. Press to switch to dark')
  await expect(toggle).toHaveText('Light')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: dark. Press to follow the system')
  await expect(toggle).toHaveText('Dark')
  // The page itself turns dark, not only the button's label.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)')
  expect(await violations(page)).toEqual([])
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: as the system. Press to switch to light')
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
})

test('the first Tab stop skips to the note, shown while focused', async ({ page }) => {
  await openReader(page)
  const skip = page.getByRole('link', { name: 'Skip to the note' })
  await expect(skip).not.toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-note-pane]')).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`#/n/${SLUG}$`))
  // The note's own keys work from there: ↓ focuses its first claim.
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('article [data-claim-id]').first()).toBeFocused()
})
