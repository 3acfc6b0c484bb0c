// Zero axe violations on the reader (DESIGN §6: Lighthouse accessibility 100),
// in light and dark, with a claim highlighted, with the help dialog open, with
// the search bar open and with the fallback banner.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { VIDEO_ID, clickClaimText, notePath, openReader } from './support/reader.ts'

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

test('the dark theme chosen with the toggle, against a light system', async ({ page }) => {
  await openReader(page)
  const toggle = page.getByRole('button', { name: /^Theme: / })
  await expect(toggle).toHaveAccessibleName('Theme: as the system. Change')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: light. Change')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: dark. Change')
  // The page itself turns dark, not only the button's label.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)')
  expect(await violations(page)).toEqual([])
})

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
