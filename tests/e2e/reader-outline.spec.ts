// The outline (the note's sections, their cited ranges and claim counts, the
// one being played marked) and the note's gutter (where the active claims and
// the search matches sit in the whole note). Screenshots of both, desktop and
// phone, light and dark, go to test-results/screenshots/outline-*.png.
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { SCREENSHOTS } from './support/screens.ts'
import { isInNoteView, notePath, openReader, scrubAndPlay } from './support/reader.ts'

const SCREENS = {
  desktop: { width: 1366, height: 850 },
  phone: { width: 390, height: 844 },
} as const

/** The seed's sections as the outline lists them: title, cited range, claim count. */
const SEED_OUTLINE = [
  'Beginning, no citations',
  'Data Sharing Policies, 1:10:23–1:32:02, 10 claims',
  'Addressing Global Threats, 1:14:19–1:17:37, 6 claims',
  'Potential for Public-Private Partnerships, 2:42:59–3:16:32, 5 claims',
  'Teaming up with Elon Musk, 7:37–1:10:09, 5 claims',
  'Importance of Global Perspective, 2:22:18–2:35:05, 3 claims',
]

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

function outline(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Outline' })
  return {
    nav,
    toggle: nav.getByRole('button', { name: 'Outline', exact: true }),
    rows: nav.locator('[data-outline-section]'),
    row: (title: string): Locator => nav.getByRole('button', { name: new RegExp(`^${title},`) }),
    played: nav.locator('[aria-current="location"]'),
  }
}

/** Where an element's top sits in the note pane's whole content, as a fraction. */
function placeInNote(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    const pane = element.closest('[data-note-pane]')!
    const top = element.getBoundingClientRect().top - pane.getBoundingClientRect().top
    return (top + pane.scrollTop) / pane.scrollHeight
  })
}

/** Where a gutter mark's top sits along the gutter, as a fraction. */
function placeInGutter(mark: Locator): Promise<number> {
  return mark.evaluate((element) => {
    const strip = element.closest('[data-note-gutter]')!.getBoundingClientRect()
    return (element.getBoundingClientRect().top - strip.top) / strip.height
  })
}

test.describe('on a desktop', () => {
  test.use({ viewport: SCREENS.desktop })

  test('clicking a section brings its heading into view and leaves follow mode', async ({
    page,
  }) => {
    const r = await openReader(page, notePath('t=4223'))
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    const heading = page.getByRole('heading', { name: 'Teaming up with Elon Musk' })
    expect(await isInNoteView(page, heading)).toBe(false)
    await outline(page).row('Teaming up with Elon Musk').click()
    await expect.poll(() => isInNoteView(page, heading)).toBe(true)
    // At the top of the note pane, not merely somewhere on screen.
    await expect
      .poll(async () => {
        const pane = await r.pane.boundingBox()
        const box = await heading.boundingBox()
        return box && pane ? box.y - pane.y : Infinity
      })
      .toBeLessThan(60)
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    // Playback does not pull the note back while follow is off.
    await scrubAndPlay(page, r, 4223)
    expect(await isInNoteView(page, heading)).toBe(true)
  })

  test('the outline lists the sections with their cited ranges and claim counts, and marks the one being played as playback moves', async ({
    page,
  }) => {
    const r = await openReader(page)
    const o = outline(page)
    await expect(o.toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(o.rows).toHaveCount(6)
    for (const [i, name] of SEED_OUTLINE.entries())
      await expect(o.rows.nth(i)).toHaveAccessibleName(name)
    await expect(o.row('Data Sharing Policies')).toContainText('1:10:23–1:32:02 · 10 claims')
    await expect(o.played).toHaveCount(0)
    await scrubAndPlay(page, r, 4225)
    await expect(o.played).toHaveCount(1)
    await expect(o.played).toHaveAccessibleName(/^Data Sharing Policies,/)
    await expect(o.played).toContainText('Now')
    await scrubAndPlay(page, r, 457)
    await expect(o.played).toHaveAccessibleName(/^Teaming up with Elon Musk,/)
  })

  test('folding the outline is remembered on the next visit', async ({ page }) => {
    await openReader(page)
    await outline(page).toggle.click()
    await expect(outline(page).rows.first()).toBeHidden()
    await page.reload()
    await expect(outline(page).toggle).toHaveAttribute('aria-expanded', 'false')
  })

  test('the gutter marks the active claim at its height in the note', async ({ page }) => {
    const r = await openReader(page)
    const gutter = page.locator('[data-note-gutter]')
    await expect(gutter).toBeHidden()
    await scrubAndPlay(page, r, 11774)
    const mark = gutter.locator('[data-gutter-mark="primary"]')
    await expect(mark).toHaveCount(1)
    await expect(gutter).toBeVisible()
    const expected = await placeInNote(r.article.locator('[data-claim-id="t11774"]'))
    await expect.poll(() => placeInGutter(mark)).toBeCloseTo(expected, 1)
    // Beside the pane's scrollbar, never over it, and a thin strip.
    const strip = (await gutter.boundingBox())!
    const paneRight = await r.pane.evaluate((pane) => {
      const box = pane.getBoundingClientRect()
      return box.left + pane.clientWidth
    })
    expect(strip.x + strip.width).toBeLessThanOrEqual(paneRight + 0.5)
    expect(strip.width).toBeLessThanOrEqual(8)
    // Scrolling away moves the viewport box, not the mark.
    const viewport = gutter.locator('[data-gutter-viewport]')
    const before = await placeInGutter(viewport)
    await r.pane.evaluate((pane) => pane.scrollTo({ top: 0, behavior: 'instant' }))
    await expect.poll(() => placeInGutter(viewport)).toBeLessThan(before)
    expect(await placeInGutter(mark)).toBeCloseTo(expected, 1)
  })

  test('the gutter marks the search matches', async ({ page }) => {
    const r = await openReader(page)
    await page.keyboard.press('/')
    await page.getByRole('searchbox', { name: 'Search the note' }).fill('ISRO')
    await expect(page.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible()
    const marks = page.locator('[data-note-gutter] [data-gutter-mark="match"]')
    await expect.poll(() => marks.count()).toBeGreaterThan(3)
    // The last mark is as far down the gutter as the last match is down the note.
    const lastMatch = await r.article.evaluate((article) => {
      const pane = article.closest('[data-note-pane]')!
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
      let last: Text | null = null
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.includes('ISRO') && !node.parentElement?.closest('button'))
          last = node as Text
      const range = document.createRange()
      range.selectNodeContents(last!)
      const at = last!.textContent!.lastIndexOf('ISRO')
      range.setStart(last!, at)
      range.setEnd(last!, at + 4)
      const top = range.getBoundingClientRect().top - pane.getBoundingClientRect().top
      return (top + pane.scrollTop) / pane.scrollHeight
    })
    expect(await placeInGutter(marks.last())).toBeCloseTo(lastMatch, 1)
    await page.keyboard.press('Escape')
    await expect(marks).toHaveCount(0)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: SCREENS.phone })

  test('the outline waits folded in the More sheet, opens on demand, and a chosen section closes the sheet', async ({
    page,
  }) => {
    const r = await openReader(page)
    const o = outline(page)
    const more = page
      .getByRole('toolbar', { name: 'Playback' })
      .getByRole('button', { name: 'More' })
    await expect(o.toggle).toBeHidden()
    await more.click()
    await expect(o.toggle).toBeVisible()
    await expect(o.toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(o.rows.first()).toBeHidden()
    await o.toggle.click()
    await expect(o.rows).toHaveCount(6)
    await expect(o.rows.last()).toBeInViewport()
    await o.row('Teaming up with Elon Musk').click()
    await expect(page.getByRole('dialog', { name: 'More' })).toBeHidden()
    await expect(more).toBeFocused()
    const heading = page.getByRole('heading', { name: 'Teaming up with Elon Musk' })
    await expect.poll(() => isInNoteView(page, heading)).toBe(true)
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  })
})

for (const [screen, viewport] of Object.entries(SCREENS)) {
  test(`screenshots: ${screen}, light and dark`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const r = await openReader(page)
    await scrubAndPlay(page, r, 9802)
    const o = outline(page)
    /** Both themes of the state on screen: the theme follows the system's without a reload. */
    const inBothSchemes = async (name: string, check: () => Promise<void>) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.locator('html')).toHaveCSS('color-scheme', scheme)
        await check()
        // Transitions finished: the switch of theme is not caught half-way.
        await page.screenshot({
          path: `${SCREENSHOTS}/outline-${screen}${name}-${scheme}.png`,
          animations: 'disabled',
        })
      }
    }
    if (screen === 'phone') {
      // Open, as the reader would to pick a section: in the More sheet, folded.
      await page.getByRole('button', { name: 'More', exact: true }).click()
      await o.toggle.click()
      await inBothSchemes('-open', () => expect(o.played).toBeVisible())
      await page.keyboard.press('Escape')
      await expect(o.toggle).toBeHidden()
    }
    await page.keyboard.press('/')
    await page.getByRole('searchbox', { name: 'Search the note' }).fill('ISRO')
    await inBothSchemes('', () =>
      expect(page.locator('[data-gutter-mark="match"]').first()).toBeAttached(),
    )
  })
}
