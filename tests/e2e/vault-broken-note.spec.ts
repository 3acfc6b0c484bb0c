// A vault always holds a few broken files (issue 8): a note whose compile
// throws (here a YAML alias bomb) becomes that note's error page, listed with
// a problem in the index, and every other note builds and opens as usual.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { serveThumbnails } from './support/thumbnails.ts'
import { axeViolations } from './support/axe.ts'
import { notePath, waitForReadyPlayer } from './support/reader.ts'

const BROKEN = 'beekeeping-frontmatter-that-never-ends'

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test('a note that cannot be compiled is its own error page, and the others are untouched', async ({
  page,
}) => {
  await serveThumbnails(page)
  await page.goto('/#/')
  const card = page.locator(`[data-library-note="${BROKEN}"]`)
  await expect(card).toBeVisible()
  await expect(card.locator('[data-library-problems]')).toBeVisible()

  await card.click()
  await expect(page).toHaveURL(new RegExp(`#/n/${BROKEN}$`))
  const unreadable = page.locator(`[data-note-unreadable="${BROKEN}"]`)
  await expect(unreadable.getByRole('heading', { level: 1 })).toHaveText(
    'Beekeeping frontmatter that never ends',
  )
  await expect(unreadable).toContainText('This note could not be opened.')
  const panel = page.locator('[data-diagnostics]')
  await expect(panel).toHaveAttribute('data-count', '1')
  await expect(panel).toContainText('This note could not be read at all')
  await expect(page.locator('[data-player]')).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])

  await page.goto(notePath())
  await waitForReadyPlayer(page)
  await expect(page.locator('article [data-claim-id]')).toHaveCount(29)
})
