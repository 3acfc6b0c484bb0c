// Zero axe violations on the reader (DESIGN §6: Lighthouse accessibility 100),
// in light and dark, with a claim highlighted, with the help dialog open, with
// the search bar open and with the fallback banner.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { SLUG, VIDEO_ID, clickClaimText, notePath, openReader } from './support/reader.ts'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/** axe's findings, reduced to what a failure message needs. */
async function violations(page: Page) {
  // The fake's iframe stands where YouTube's page would be: not ours to check.
  const results = await new AxeBuilder({ page }).exclude('[data-player] iframe').analyze()
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }))
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}`, () => {
    test.use({ colorScheme: scheme })

    test('the reader, playing with a claim highlighted', async ({ page }) => {
      const r = await openReader(page, notePath('t=4300'))
      await clickClaimText(page, r.claim('t4313'))
      await expect(r.claim('t4313')).toHaveAttribute('data-primary', '')
      await expect(r.button('Pause')).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('the reader in a gap, with back to now shown', async ({ page }) => {
      const r = await openReader(page, notePath('t=4300'))
      await r.follow.click()
      await r.pane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }))
      await expect(r.backToNow).toBeVisible()
      await r.button('Forward 10 seconds').click()
      await r.button('Forward 10 seconds').click()
      expect(await violations(page)).toEqual([])
      await page.goto('about:blank')
      await openReader(page, notePath('t=200'))
      await expect(r.gap).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('with the help dialog open', async ({ page }) => {
      await openReader(page)
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('with the search bar open and a match shown', async ({ page }) => {
      await openReader(page)
      await page.keyboard.press('/')
      await page.getByRole('searchbox', { name: 'Search the note' }).fill('ISRO')
      await expect(page.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}

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

/** The focused element's ring, as computed. */
function ringOf(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!)
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}, focus ring`, () => {
    test.use({ colorScheme: scheme })

    test('every control shows the same focus ring', async ({ page }) => {
      const r = await openReader(page, notePath('t=200'))
      await expect(r.gap).toBeVisible()
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
    })
  })
}

// The copy-link control shows only on the claim the keyboard is on: check it in both themes.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}, claim under the cursor`, () => {
    test.use({ colorScheme: scheme })

    test('the claim with its copy-link control has no violations', async ({ page }) => {
      const r = await openReader(page, notePath('t=4300'))
      await clickClaimText(page, r.claim('t4313'))
      await expect(r.claim('t4313').locator('[data-copy-link]')).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}
