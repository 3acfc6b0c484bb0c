// Follow mode (DESIGN §3): while on, the claim being spoken is kept in view;
// the reader's own navigation turns it off, and "back to now" (shown only while
// that claim is off screen, saying where it is) brings it back. No timer does.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { clickClaimText, openReader, type Reader, scrubAndPlay } from './support/reader.ts'
import type { Page } from '@playwright/test'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/** Plays the first claim of the note, at its top, and waits for the highlight. */
async function playFirstClaim(page: Page): Promise<Reader> {
  const r = await openReader(page)
  await clickClaimText(page, r.claim('t4223'))
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4223')
  await expect(r.button('Pause')).toBeVisible()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  return r
}

/** Turns the mouse wheel over the note, as a person scrolling down to read on. */
async function wheelOverNote(page: Page, r: Reader, deltaY: number): Promise<void> {
  const box = (await r.pane.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(0, deltaY)
}

/** The note's scroll position once a smooth scroll has come to rest. */
async function settledScrollTop(r: Reader): Promise<number> {
  const read = () => r.pane.evaluate((pane) => pane.scrollTop)
  let last = -1
  await expect
    .poll(async () => {
      const [now, previous] = [await read(), last]
      last = now
      return now === previous
    })
    .toBe(true)
  return last
}

test('while playing, follow keeps the claim being spoken in view, far down the note', async ({
  page,
}) => {
  const r = await playFirstClaim(page)
  // t8538 is the last claim of the note, two screens below t4223.
  await expect(r.claim('t8538')).not.toBeInViewport()
  await scrubAndPlay(page, r, 8539)
  await expect(r.primary).toHaveAttribute('data-claim-id', 't8538')
  await expect(r.claim('t8538')).toBeInViewport()
  await expect(r.claim('t4223')).not.toBeInViewport()
  await expect(r.backToNow).toBeHidden()
})

test('the wheel turns follow off; back to now appears above, and brings the claim back', async ({
  page,
}) => {
  const r = await playFirstClaim(page)
  await expect(r.backToNow).toBeHidden()
  await wheelOverNote(page, r, 2500)
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  await expect(r.claim('t4223')).not.toBeInViewport()
  await expect(r.backToNow).toBeVisible()
  await expect(r.backToNow).toHaveAttribute('data-back-to-now', 'above')
  await expect(r.backToNow).toHaveAccessibleName(/Back to now.*above/)

  await r.backToNow.click()
  await expect(r.claim('t4223')).toBeInViewport()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  await expect(r.backToNow).toBeHidden()
})

test('with follow off the note stays put; back to now points below; . brings it back', async ({
  page,
}) => {
  const r = await playFirstClaim(page)
  await wheelOverNote(page, r, 200)
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  const scrolled = await settledScrollTop(r)

  // The video moves to the last claim of the note: the note does not follow it.
  await scrubAndPlay(page, r, 8539)
  await expect(r.primary).toHaveAttribute('data-claim-id', 't8538')
  await expect(r.backToNow).toHaveAttribute('data-back-to-now', 'below')
  await expect(r.claim('t8538')).not.toBeInViewport()
  expect(await settledScrollTop(r)).toBe(scrolled)
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')

  await page.keyboard.press('.')
  await expect(r.claim('t8538')).toBeInViewport()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  await expect(r.backToNow).toBeHidden()
})

test('back to now is not shown while the claim being spoken is on screen, even with follow off', async ({
  page,
}) => {
  const r = await playFirstClaim(page)
  await r.follow.click()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  await expect(r.claim('t4223')).toBeInViewport()
  await expect(r.backToNow).toBeHidden()
  await r.follow.click()
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
})

test('scroll keys on the note turn follow off', async ({ page }) => {
  const r = await playFirstClaim(page)
  await r.pane.focus()
  await page.keyboard.press('PageDown')
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
})

test('moving through search matches turns follow off', async ({ page }) => {
  const r = await playFirstClaim(page)
  await page.keyboard.press('/')
  await page.getByRole('searchbox', { name: 'Search the note' }).fill('Elon Musk')
  await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText('Elon Musk').first()).toBeInViewport()
})
