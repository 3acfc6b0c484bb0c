// The split screen: the divider between the video and the note moves with the
// pointer and with the keyboard, and the split is remembered.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { openReader } from './support/reader.ts'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test('dragging the divider gives the video more room, and the split is remembered', async ({
  page,
}) => {
  await openReader(page)
  const video = page.getByRole('region', { name: 'Video' })
  const divider = page.getByRole('separator', { name: 'Resize the video and the note' })
  const before = (await video.boundingBox())!.width
  const handle = (await divider.boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 300)
  await page.mouse.down()
  await page.mouse.move(handle.x + 200, handle.y + 300, { steps: 8 })
  await page.mouse.up()
  const after = (await video.boundingBox())!.width
  expect(after).toBeGreaterThan(before + 150)
  const share = Number(await divider.getAttribute('aria-valuenow'))
  expect(share).toBeGreaterThan(46)

  await page.reload()
  await expect(divider).toHaveAttribute('aria-valuenow', String(share))
  expect(Math.abs((await video.boundingBox())!.width - after)).toBeLessThan(3)
})

test('the divider moves with the arrow keys, within its limits', async ({ page }) => {
  await openReader(page)
  const divider = page.getByRole('separator', { name: 'Resize the video and the note' })
  await divider.focus()
  const start = Number(await divider.getAttribute('aria-valuenow'))
  await page.keyboard.press('ArrowLeft')
  await expect(divider).toHaveAttribute('aria-valuenow', String(start - 2))
  await page.keyboard.press('End')
  await expect(divider).toHaveAttribute('aria-valuenow', '70')
  await page.keyboard.press('ArrowRight')
  await expect(divider).toHaveAttribute('aria-valuenow', '70')
  // The arrows belonged to the divider: the video did not seek.
  await expect(page.locator('[data-clock]')).toHaveText('0:00')
})

for (const [screen, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['phone held sideways', { width: 844, height: 390 }],
  ['portrait tablet', { width: 820, height: 1180 }],
] as const) {
  test.describe(screen, () => {
    test.use({ viewport })

    test('has no divider: the note’s room is fixed so it keeps half the screen', async ({
      page,
    }) => {
      await openReader(page)
      await expect(page.getByRole('region', { name: 'Note' })).toBeVisible()
      await expect(page.getByRole('separator')).toHaveCount(0)
    })
  })
}
