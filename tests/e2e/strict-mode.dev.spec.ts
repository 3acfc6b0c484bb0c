// The dev server renders under React StrictMode, which mounts, unmounts and
// remounts every effect once. The reader must still end with exactly one live
// YouTube player, and drive that one (a destroyed player ignores commands).
import { PlayerState } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { clickClaimText, openReader } from './support/reader.ts'

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test('one live player after load, and a click on a claim seeks that player', async ({
  page,
  youtube,
}) => {
  const r = await openReader(page)
  await expect.poll(() => youtube.playerCount()).toBe(1)
  const created = await youtube.createdCount()
  expect(await youtube.destroyedCount()).toBe(created - 1)

  await youtube.clearLog()
  await clickClaimText(page, r.claim('t4313'))
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4313')
  await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
  await expect.poll(() => youtube.trueTime()).toBeGreaterThan(4313)

  const calls = await youtube.calls()
  const live = created // players are numbered from 1; the newest is the live one
  expect(calls.filter((c) => c.method === 'seekTo').map((c) => [c.player, c.args[0]])).toEqual([
    [live, 4313],
  ])
  expect(calls.filter((c) => c.destroyed)).toEqual([])
  expect(await youtube.playerCount()).toBe(1)
})

test('the search across notes opens on Ctrl+K and stays open under StrictMode', async ({
  page,
}) => {
  await openReader(page)
  await page.keyboard.press('Control+k')
  const box = page.locator('dialog[open] input[data-library-search]')
  await expect(box).toBeFocused()
  // StrictMode's remount closes and reopens the dialog; a late close event must not shut it.
  await page.waitForTimeout(300)
  await box.pressSequentially('cones')
  await expect(page.locator('dialog[open] [data-search-result]').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.locator('dialog[open]')).toHaveCount(0)
})
