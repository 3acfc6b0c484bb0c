// The timeline under the player (DESIGN §3, §5): the whole video as a bar
// with a mark per citation, the playhead; the pointer picks the mark nearest
// to it, names its claim and lists marks too close to tell apart; click,
// tap and keys seek. Screenshots at phones, a tablet and a desktop, light and
// dark, with YouTube faked and blocked, go to test-results/screenshots/timeline-*.png
// to be looked at.
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { SCREENSHOTS } from './support/screens.ts'
import {
  IFRAME_API_LOAD_FAILED,
  READING_ORDER,
  VIDEO_ORDER,
  clockSeconds,
  clockText,
  notePath,
  openReader,
  reader,
  seconds,
} from './support/reader.ts'

/** The fake's videos last 3:20:00 unless told otherwise. */
const DURATION = 12_000
/** For polls in the per-mark loops: the pointer's effect shows within frames, not seconds. */
const QUICK = { intervals: [25, 50, 100] }

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems, youtubeScript }) => {
  expectNoProblems(
    problems,
    youtubeScript === 'blocked' ? { ignoreConsole: [IFRAME_API_LOAD_FAILED] } : {},
  )
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
    panel: page.locator('[data-timeline-panel]'),
    crowd: page.getByRole('group', { name: /citations close together/ }),
    /** The crowd list's row for a time, e.g. `1:10:30`. */
    choice: (time: string): Locator =>
      page
        .getByRole('group', { name: /citations close together/ })
        .getByRole('button')
        .filter({ hasText: time }),
    toolbar: page.getByRole('toolbar', { name: 'Playback' }),
  }
}

/**
 * Where a citation's own mark centre is on the screen: from its time and the
 * bar's box (what the bar spans is its slider maximum), never from the mark's element.
 */
async function markPoint(bar: Locator, at: number): Promise<{ x: number; y: number }> {
  // One round trip: a page busy playing answers each one slowly.
  return bar.evaluate((element, time) => {
    const box = element.getBoundingClientRect()
    const end = Number(element.getAttribute('aria-valuemax'))
    return { x: box.left + (time / end) * box.width, y: box.top + box.height / 2 }
  }, at)
}

type Box = { x: number; y: number; width: number; height: number }

/** The timeline's panel and the playback controls, measured together (null: not shown). */
function panelAndToolbar(page: Page): Promise<{ panel: Box | null; toolbar: Box | null }> {
  return page.evaluate(() => {
    const [panel = null, toolbar = null] = [
      '[data-timeline-panel]',
      '[role="toolbar"][aria-label="Playback"]',
    ].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect()
      // Like Playwright's boundingBox(): null for an element not rendered.
      return box && (box.width > 0 || box.height > 0)
        ? { x: box.x, y: box.y, width: box.width, height: box.height }
        : null
    })
    return { panel, toolbar }
  })
}

/** A claim's first words as the note shows them, without its citation chips. */
async function claimWords(page: Page, id: string, count = 4): Promise<string> {
  return reader(page)
    .claim(id)
    .evaluate((claim, n) => {
      const copy = claim.cloneNode(true) as HTMLElement
      for (const chip of copy.querySelectorAll('button[data-citation]')) chip.remove()
      return copy.textContent!.trim().split(/\s+/).slice(0, n).join(' ')
    }, count)
}

/** The seconds the app asked the fake YouTube to seek to, in order. */
async function seeks(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    window['__fakeYouTube']!.log.filter((e) => e.method === 'seekTo').map(
      (e) => e.args[0] as number,
    ),
  )
}

/** Whether two boxes share any area. */
function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
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
  ['narrowest', { width: 300, height: 640 }],
] as const) {
  test.describe(`every mark at ${screen} width`, () => {
    test.use({ viewport })

    test('names and plays each of the 29 citations from the centre of its own mark', async ({
      page,
    }) => {
      test.slow()
      await openReader(page)
      const t = timeline(page)
      const words = Object.fromEntries(
        await Promise.all(VIDEO_ORDER.map(async (id) => [id, await claimWords(page, id)])),
      )
      const failed: string[] = []
      for (const id of VIDEO_ORDER) {
        const at = seconds(id)
        const point = await markPoint(t.bar, at)
        await page.mouse.move(point.x, point.y)
        const named = expect
          .poll(
            async () => (await t.tooltip.textContent({ timeout: 250 }).catch(() => '')) ?? '',
            QUICK,
          )
          .toMatch(
            new RegExp(`^${clockText(at)}${words[id]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          )
        const { panel, toolbar } = await panelAndToolbar(page)
        await page.mouse.down()
        await page.mouse.up()
        const played = expect.poll(async () => (await seeks(page)).at(-1), QUICK).toBe(at)
        const problems = [
          await named.then(
            () => '',
            () => 'not named',
          ),
          await played.then(
            () => '',
            () => 'not played',
          ),
          panel && toolbar && overlap(panel, toolbar) ? 'tooltip over the controls' : '',
          panel && (panel.x < 0 || panel.x + panel.width > viewport.width)
            ? 'tooltip off-screen'
            : '',
        ].filter(Boolean)
        if (problems.length > 0) failed.push(`${id} (${clockText(at)}): ${problems.join(', ')}`)
      }
      test.info().annotations.push({
        type: 'marks',
        description: `${VIDEO_ORDER.length - failed.length}/${VIDEO_ORDER.length} at ${viewport.width} px`,
      })
      expect(failed).toEqual([])
    })
  })
}

test('tells 1:14:19 from 1:16:04 and from the marks between them, by their centres', async ({
  page,
}) => {
  await openReader(page)
  const t = timeline(page)
  const at = async (time: number, nudge = 0) => {
    const point = await markPoint(t.bar, time)
    await page.mouse.move(point.x + nudge, point.y)
  }
  await at(4459)
  await expect(t.tooltip).toContainText('1:14:19')
  // A px to the right is still nearer 1:14:19 than 1:15:28 (about 3.5 px away).
  await at(4459, 1)
  await expect(t.tooltip).toContainText('1:14:19')
  await at(4564)
  await expect(t.tooltip).toContainText('1:16:04')
  // 1:15:37 is only 27 s (about 1.2 px) before it: 40 % of the way there is still 1:16:04.
  const gap = (await markPoint(t.bar, 4564)).x - (await markPoint(t.bar, 4537)).x
  await at(4564, -0.4 * gap)
  await expect(t.tooltip).toContainText('1:16:04')
  await at(4537, 0.4 * gap)
  await expect(t.tooltip).toContainText('1:15:37')
  await at(4459)
  await page.mouse.down()
  await page.mouse.up()
  await expect.poll(() => seeks(page)).toEqual([4459])
})

test('lists marks under 2 px apart, and plays the one a mouse chooses from the list', async ({
  page,
}) => {
  const r = await openReader(page)
  const t = timeline(page)
  // 1:10:23 and 1:10:30 are 7 s apart: under half a pixel on this bar.
  const start = await markPoint(t.bar, 4223)
  const next = await markPoint(t.bar, 4230)
  expect(next.x - start.x).toBeLessThan(2)
  await page.mouse.move(start.x, start.y)
  await expect(t.crowd).toBeVisible()
  await expect(t.choice('1:10:23')).toHaveAttribute('aria-current', 'true')
  await expect(t.choice('1:10:30')).toBeVisible()
  // A person moves down off the bar into the list, a pixel at a time, then to the row.
  const row = (await t.choice('1:10:30').boundingBox())!
  const down = Math.ceil(row.y + row.height / 2 - start.y)
  await page.mouse.move(start.x, row.y + row.height / 2, { steps: down })
  await expect(t.crowd).toBeVisible()
  await page.mouse.move(row.x + row.width / 2, row.y + row.height / 2, { steps: 5 })
  await expect(t.choice('1:10:30')).toHaveAttribute('aria-current', 'true')
  await expect(t.tooltip).toContainText('1:10:30')
  await page.mouse.down()
  await page.mouse.up()
  await expect.poll(() => seeks(page)).toEqual([4230])
  await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
  await expect(t.crowd).toBeHidden()
})

test('keeps a click on a mark element playing that mark', async ({ page }) => {
  const r = await openReader(page)
  const t = timeline(page)
  // A mark standing alone: Playwright clicks the centre of its element.
  await t.mark('t9305').click()
  await expect.poll(() => seeks(page)).toEqual([9305])
  // A click sent to the element itself, without a pointer position.
  await t.mark('t4230').dispatchEvent('click')
  await expect.poll(() => seeks(page)).toEqual([9305, 4230])
  await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('plays a mark tapped alone, and lists a crowd tapped to choose from', async ({ page }) => {
    const r = await openReader(page)
    const t = timeline(page)
    const lone = await markPoint(t.bar, 8874)
    await page.touchscreen.tap(lone.x, lone.y)
    await expect.poll(() => seeks(page)).toEqual([8874])
    // 1:10:23 to 1:10:30 is a fifth of a pixel here: a tap cannot tell them apart.
    const crowded = await markPoint(t.bar, 4230)
    await page.touchscreen.tap(crowded.x, crowded.y)
    await expect(t.crowd).toBeVisible()
    await expect(t.crowd).toContainText('choose one')
    await expect(t.choice('1:10:30')).toBeVisible()
    expect(await seeks(page)).toEqual([8874])
    const panel = (await t.panel.boundingBox())!
    expect(overlap(panel, (await t.toolbar.boundingBox())!)).toBe(false)
    expect(panel.x).toBeGreaterThanOrEqual(0)
    expect(panel.x + panel.width).toBeLessThanOrEqual(390)
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-phone-light-touch-list.png` })
    await t.choice('1:10:30').tap()
    await expect.poll(() => seeks(page)).toEqual([8874, 4230])
    await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
    await expect(t.crowd).toBeHidden()
  })

  test('reaches each of the 29 citations by a tap on its mark, from the list when crowded', async ({
    page,
  }) => {
    test.slow()
    await openReader(page)
    const t = timeline(page)
    const failed: string[] = []
    for (const id of VIDEO_ORDER) {
      const at = seconds(id)
      const point = await markPoint(t.bar, at)
      await page.touchscreen.tap(point.x, point.y)
      // Alone, the tap plays it; in a crowd, it is a row of the list the tap pins.
      const row = t.choice(clockText(at))
      const settled = async () => (await t.crowd.isVisible()) || (await seeks(page)).at(-1) === at
      await expect.poll(settled, QUICK).toBe(true)
      if (await t.crowd.isVisible()) {
        if (await row.isVisible()) await row.tap()
        else failed.push(`${id} (${clockText(at)}): not in the list`)
      }
      const played = await expect
        .poll(async () => (await seeks(page)).at(-1), QUICK)
        .toBe(at)
        .then(
          () => true,
          () => false,
        )
      if (!played) failed.push(`${id} (${clockText(at)}): not played`)
      await expect(t.crowd).toBeHidden()
    }
    test.info().annotations.push({
      type: 'marks',
      description: `${VIDEO_ORDER.length - failed.length}/${VIDEO_ORDER.length} by touch at 390 px`,
    })
    expect(failed).toEqual([])
  })

  test('closes a tapped list when the note is touched instead', async ({ page }) => {
    const r = await openReader(page)
    const t = timeline(page)
    const crowded = await markPoint(t.bar, 9802)
    await page.touchscreen.tap(crowded.x, crowded.y)
    await expect(t.crowd).toBeVisible()
    // A heading is prose: the touch lands on the note without playing a claim of its own.
    const heading = (await r.pane.getByRole('heading').first().boundingBox())!
    await page.touchscreen.tap(heading.x + 10, heading.y + heading.height / 2)
    await expect(t.crowd).toBeHidden()
    expect(await seeks(page)).toEqual([])
  })

  test('scrubs from mark to mark under a dragging finger and plays where it lifts', async ({
    page,
  }) => {
    await openReader(page)
    const t = timeline(page)
    const cdp = await page.context().newCDPSession(page)
    const from = await markPoint(t.bar, 7000)
    const to = await markPoint(t.bar, 8874)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: from.y }],
      })
    await touch('touchStart', from.x)
    await expect(t.tooltip).toBeHidden()
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', from.x + ((to.x - from.x) * step) / 8)
    await expect(t.tooltip).toContainText('2:27:54')
    expect(await seeks(page)).toEqual([])
    await touch('touchEnd', to.x)
    await expect.poll(() => seeks(page)).toEqual([8874])
  })
})

const SCREENS = [
  ['phone', { width: 390, height: 844 }],
  ['phone-landscape', { width: 844, height: 390 }],
  ['tablet', { width: 820, height: 1180 }],
  ['desktop', { width: 1366, height: 850 }],
] as const

for (const [screen, viewport] of SCREENS) {
  for (const youtubeScript of ['fake', 'blocked'] as const) {
    test.describe(`${screen}, YouTube ${youtubeScript}`, () => {
      test.use({ viewport, colorScheme: 'light', youtubeScript, deviceScaleFactor: 2 })

      test('the timeline with a crowd of marks listed under the pointer, light and dark', async ({
        page,
      }) => {
        const r = reader(page)
        await page.goto(notePath('claim=t4313'))
        await expect(r.article).toBeVisible()
        const t = timeline(page)
        if (youtubeScript === 'blocked') await expect(r.fallback).toBeVisible()
        else await expect(t.slider).toHaveAttribute('aria-valuemax', String(DURATION))
        await expect(t.mark('t4313')).toHaveAttribute('data-active', '')
        // Mid-window, as a person would have it before pointing at it.
        await t.bar.evaluate((bar) => bar.scrollIntoView({ block: 'center' }))
        const point = await markPoint(t.bar, 4230)
        await page.mouse.move(point.x, point.y)
        // One page for both schemes: the theme follows the system's without a reload.
        for (const scheme of ['light', 'dark'] as const) {
          await test.step(scheme, async () => {
            await page.emulateMedia({ colorScheme: scheme })
            await expect(page.locator('html')).toHaveCSS('color-scheme', scheme)
            await expect(t.crowd).toBeVisible()
            await expect(t.tooltip).toContainText(/1:10:\d\d/)
            // The bar and its panel fit the screen, and the panel leaves the controls uncovered.
            const outside = await page.evaluate(() =>
              [
                ...document.querySelectorAll(
                  '[data-timeline], [data-timeline] *, [data-timeline-panel]',
                ),
              ]
                .filter((e) => {
                  const box = e.getBoundingClientRect()
                  return box.left < 0 || box.right > document.documentElement.clientWidth
                })
                .map((e) => e.outerHTML.slice(0, 80)),
            )
            expect(outside).toEqual([])
            const panel = (await t.panel.boundingBox())!
            expect(overlap(panel, (await t.toolbar.boundingBox())!)).toBe(false)
            // Transitions finished: the switch of theme is not caught half-way.
            await page.screenshot({
              path: `${SCREENSHOTS}/timeline-${screen}-${scheme}-${youtubeScript}.png`,
              scale: 'css',
              animations: 'disabled',
            })
            const bar = (await t.bar.boundingBox())!
            const top = Math.max(0, bar.y - 50)
            await page.screenshot({
              path: `${SCREENSHOTS}/timeline-${screen}-${scheme}-${youtubeScript}-bar.png`,
              animations: 'disabled',
              clip: {
                x: Math.max(0, bar.x - 12),
                y: top,
                width: Math.min(viewport.width, bar.width + 24),
                height: Math.min(viewport.height - top, panel.y + panel.height - top + 12),
              },
            })
          })
        }
      })
    })
  }
}
