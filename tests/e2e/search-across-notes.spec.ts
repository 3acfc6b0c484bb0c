// Search across every note (DESIGN §3b): Ctrl+K anywhere, `/` where the page
// has no search of its own; results name the note, the section and the time,
// and open the note at that claim. The words searched are in the made-up kiln
// notes of tests/fixtures/vault.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { notePath, waitForReadyPlayer } from './support/reader.ts'
import { axeViolations } from './support/axe.ts'

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

const results = (page: Page) => page.locator('[data-search-result]')

test('Ctrl+K on a note finds claims in other notes, and Enter opens one at its claim', async ({
  page,
}) => {
  await page.goto(notePath())
  await waitForReadyPlayer(page)
  await page.keyboard.press('Control+k')
  const box = page.locator('dialog[open] input[data-library-search]')
  await expect(box).toBeFocused()
  await box.pressSequentially('melted ash')
  await expect(page.locator('dialog[open] [role="status"]')).toHaveText('2 claims in 2 notes')
  expect(
    await results(page).evaluateAll((links) =>
      links.map((a) => `${a.getAttribute('data-slug')}#${a.getAttribute('data-claim-id')}`),
    ),
  ).toEqual(
    expect.arrayContaining(['wood-fired-kilns#t136920', 'ash-glazes-from-the-kiln-talk#t2282']),
  )
  const first = results(page).first()
  await expect(first).toContainText(/\d+:\d\d/)
  await expect(first.locator('mark').first()).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  const slug = await first.getAttribute('data-slug')
  const claim = await first.getAttribute('data-claim-id')
  await box.press('ArrowDown')
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/n/${slug}\\?claim=${claim}$`))
  await expect(page.locator('dialog[open]')).toHaveCount(0)
  const opened = page.locator(`article[data-note="${slug}"] [data-claim-id="${claim}"]`)
  await expect(opened).toBeFocused()
  await expect(opened).toHaveAttribute('data-primary', '')
})

test('says when nothing matches, closes on Escape and gives focus back', async ({ page }) => {
  await page.goto(notePath())
  await waitForReadyPlayer(page)
  const claim = page.locator('article [data-claim-id]').first()
  await claim.focus()
  await page.keyboard.press('Control+k')
  await page.locator('dialog[open] input[data-library-search]').pressSequentially('zzyzx qwv')
  await expect(page.locator('dialog[open] [role="status"]')).toHaveText('No claim has those words.')
  await page.keyboard.press('Escape')
  await expect(page.locator('dialog[open]')).toHaveCount(0)
  await expect(claim).toBeFocused()
})

test('/ on a note still searches the note itself', async ({ page }) => {
  await page.goto(notePath())
  await waitForReadyPlayer(page)
  await page.keyboard.press('/')
  await expect(page.locator('dialog[open]')).toHaveCount(0)
  await expect(page.locator('input[data-library-search]')).toHaveCount(0)
})
