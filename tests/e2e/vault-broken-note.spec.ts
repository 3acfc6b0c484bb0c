// A vault always holds a few broken files (issue 8): a note with a YAML alias
// bomb for frontmatter (issue 9) opens without its title and video, with that
// problem shown and listed in the index, and every other note builds and opens
// as usual. (A note whose compile throws or times out, the error page, is
// tested in tests/build/.)
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { serveThumbnails } from './support/thumbnails.ts'
import { axeViolations } from './support/axe.ts'
import { notePath, waitForReadyPlayer } from './support/reader.ts'

const BROKEN = 'beekeeping-frontmatter-that-never-ends'

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test('a note whose frontmatter cannot be read opens with that problem, and the others are untouched', async ({
  page,
}) => {
  await serveThumbnails(page)
  await page.goto('/#/')
  const card = page.locator(`[data-library-note="${BROKEN}"]`)
  await expect(card).toBeVisible()
  await expect(card.locator('[data-library-problems]')).toBeVisible()

  await card.click()
  await expect(page).toHaveURL(new RegExp(`#/n/${BROKEN}$`))
  const note = page.locator(`article[data-note="${BROKEN}"]`)
  await expect(note).toContainText('the rest of the vault must not care')
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
    'Beekeeping frontmatter that never ends',
  )
  const panel = page.locator('[data-diagnostics]')
  await expect(panel).toHaveAttribute('data-count', '1')
  await expect(panel).toContainText('title and video could not be read')
  expect(await axeViolations(page)).toEqual([])

  await page.goto(notePath())
  await waitForReadyPlayer(page)
  await expect(page.locator('article [data-claim-id]')).toHaveCount(29)
})
