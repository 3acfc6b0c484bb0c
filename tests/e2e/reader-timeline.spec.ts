// The timeline under the player (DESIGN §3, §5): the whole video as a bar
// with a mark per citation, the playhead, hover names the claim, click and
// keys seek. Screenshots at a desktop and a phone, light and dark, go to
// test-results/screenshots/timeline-*.png to be looked at.
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  READING_ORDER,
  clockSeconds,
  clockText,
  notePath,
  openReader,
  seconds,
} from './support/reader.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const SCREENSHOTS = `${repoRoot}test-results/screenshots`
/** The fake's videos last 3:20:00 unless told otherwise. */
const DURATION = 12_000

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

function timeline(page: Page) {
  const bar = page.locator('[data-timeline]')
  return {
    bar,
    slider: page.getByRole('slider', { name: 'Video timeline' }),
    marks: bar.locator('[data-timeline-mark]'),
    mark: (id: string): Locator => bar.locator(`[data-timeline-mark][data-claim-id="${id}"]`),
    playhead: bar.locator('[data-timeline-playhead]'),
    tooltip: page.getByRole('tooltip'),
  }
}

/** Where an element's centre is across the bar, as a fraction of its width. */
async function fractionAcross(bar: Locator, element: Locator): Promise<number> {
  const outer = (await bar.boundingBox())!
  const inner = (await element.boundingBox())!
  return (inner.x + inner.width / 2 - outer.x) / outer.width
}

test('puts a mark for each of the 29 citations where its time falls on the video', async ({
  page,
}) => {
  await openReader(page)
  const t = timeline(page)
  await expect(t.slider).toHaveAttribute('aria-valuemax', String(DURATION))
  await expect(t.marks).toHaveCount(29)
  // Every claim of the seed cites one moment, named by its id.
  const ids = await t.marks.evaluateAll((marks) =>
    marks.map((m) => (m as HTMLElement).dataset['claimId']),
  )
  expect(ids.toSorted()).toEqual([...READING_ORDER].toSorted())
  for (const id of ['t457', 't1300', 't8874', 't11792']) {
    expect(await fractionAcross(t.bar, t.mark(id))).toBeCloseTo(seconds(id) / DURATION, 2)
  }
})

test('names the claim and its time when the pointer is over its mark', async ({ page }) => {
  await openReader(page)
  const t = timeline(page)
  await t.mark('t1300').hover()
  await expect(t.tooltip).toBeVisible()
  await expect(t.tooltip).toContainText('21:40')
  await expect(t.tooltip).toContainText('Open to Collaboration: When asked about teaming up…')
  await expect(t.slider).toHaveAttribute('aria-describedby', (await t.tooltip.getAttribute('id'))!)
  await page.mouse.move(5, 5)
  await expect(t.tooltip).toBeHidden()
})

test('plays from a mark when it is clicked, highlighting its claim', async ({ page }) => {
  const r = await openReader(page)
  const t = timeline(page)
  await t.mark('t8874').click()
  await expect(r.claim('t8874')).toHaveAttribute('data-primary', '')
  await expect(r.button('Pause')).toBeVisible()
  await expect.poll(() => clockSeconds(r)).toBeGreaterThanOrEqual(8874)
  await expect(t.mark('t8874')).toHaveAttribute('data-active', '')
})

test('seeks to the time under the pointer when the bar is clicked between marks, still paused', async ({
  page,
}) => {
  const r = await openReader(page)
  const t = timeline(page)
  const box = (await t.bar.boundingBox())!
  // Half-way, 1:40:00: the nearest citations are minutes away.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect.poll(() => clockSeconds(r)).toBeGreaterThan(DURATION / 2 - 30)
  expect(await clockSeconds(r)).toBeLessThan(DURATION / 2 + 30)
  await expect(r.gap).toBeVisible()
  await expect(r.button('Play')).toBeVisible()
})

test('steps through the citations in video order with the keys of a slider', async ({ page }) => {
  const r = await openReader(page)
  const t = timeline(page)
  await t.slider.focus()
  const expectAt = async (id: string) => {
    await expect(r.claim(id)).toHaveAttribute('data-primary', '')
    await expect(r.clock).toHaveText(clockText(seconds(id)))
    await expect(t.slider).toHaveAttribute('aria-valuenow', String(seconds(id)))
    await expect(t.tooltip).toContainText(clockText(seconds(id)))
  }
  await page.keyboard.press('ArrowRight')
  await expectAt('t457')
  await page.keyboard.press('ArrowRight')
  await expectAt('t493')
  await page.keyboard.press('ArrowRight')
  await expectAt('t1300')
  await page.keyboard.press('ArrowLeft')
  await expectAt('t493')
  await page.keyboard.press('End')
  await expectAt('t11792')
  await expect(t.slider).toHaveAttribute('aria-valuetext', '3:16:32 of 3:20:00')
  await page.keyboard.press('Home')
  await expectAt('t457')
  await page.screenshot({ path: `${SCREENSHOTS}/timeline-desktop-light-keyboard.png` })
  // The keys keep the play state: a paused video stays paused.
  await expect(r.button('Play')).toBeVisible()
  await expect(t.slider).toBeFocused()
})

test('makes the mark of the claim being spoken stand out, and moves the playhead, while playing', async ({
  page,
}) => {
  const r = await openReader(page, notePath('claim=t8538'))
  const t = timeline(page)
  await expect(t.mark('t8538')).toHaveAttribute('data-active', '')
  await r.button('Play').click()
  await expect(r.button('Pause')).toBeVisible()
  const left = () => t.playhead.evaluate((e) => parseFloat((e as HTMLElement).style.left))
  const before = await left()
  expect(before).toBeCloseTo((8538 / DURATION) * 100, 1)
  await expect.poll(() => clockSeconds(r)).toBeGreaterThanOrEqual(8538 + 2)
  expect(await left()).toBeGreaterThan(before)
  const now = Number(await t.slider.getAttribute('aria-valuenow'))
  expect(now).toBeGreaterThanOrEqual(8538 + 2)
  await expect(t.mark('t8538')).toHaveAttribute('data-active', '')
  const active = (await t.mark('t8538').boundingBox())!
  const other = (await t.mark('t1300').boundingBox())!
  expect(active.height).toBeGreaterThan(other.height)
  await expect(t.mark('t1300')).not.toHaveAttribute('data-active')
})

test.describe('before the video says how long it is', () => {
  test.use({ fakeYouTubeConfig: { durationKnownAtReady: false } })

  test('spans the note’s citations, says it is approximate, then the whole video once known', async ({
    page,
  }) => {
    const r = await openReader(page)
    const t = timeline(page)
    await expect(t.marks).toHaveCount(29)
    await expect(t.bar).toHaveAttribute('data-approximate', '')
    await expect(t.slider).toHaveAttribute('aria-valuetext', /of about 3:17:32$/)
    await r.button('Play').click()
    await expect(t.slider).toHaveAttribute('aria-valuemax', String(DURATION))
    await expect(t.bar).not.toHaveAttribute('data-approximate')
  })
})

for (const [screen, viewport] of [
  ['desktop', { width: 1366, height: 850 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${screen} ${scheme}`, () => {
      // Device pixels doubled for the close-up of the bar; the page shots stay at CSS size.
      test.use({ viewport, colorScheme: scheme, deviceScaleFactor: 2 })

      test('the timeline playing, a mark hovered', async ({ page }) => {
        const r = await openReader(page, notePath('claim=t4313'))
        const t = timeline(page)
        await r.button('Play').click()
        await expect(t.mark('t4313')).toHaveAttribute('data-active', '')
        await t.mark('t1300').hover()
        await expect(t.tooltip).toBeVisible()
        // The bar, its marks and its tooltip fit the screen: none pushes the page sideways.
        const outside = await t.bar.evaluate((bar) =>
          [bar, ...bar.querySelectorAll('*')]
            .filter((e) => {
              const box = e.getBoundingClientRect()
              return box.left < 0 || box.right > document.documentElement.clientWidth
            })
            .map((e) => e.outerHTML.slice(0, 80)),
        )
        expect(outside).toEqual([])
        await expect(t.bar).toBeInViewport({ ratio: 1 })
        await expect(t.tooltip).toBeInViewport({ ratio: 1 })
        await page.screenshot({
          path: `${SCREENSHOTS}/timeline-${screen}-${scheme}.png`,
          scale: 'css',
        })
        const bar = (await t.bar.boundingBox())!
        await page.screenshot({
          path: `${SCREENSHOTS}/timeline-${screen}-${scheme}-bar.png`,
          clip: { x: bar.x - 12, y: bar.y - 60, width: bar.width + 24, height: bar.height + 70 },
        })
      })
    })
  }
}
