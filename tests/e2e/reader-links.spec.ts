// Deep links and memory (DESIGN §3): `?t=` in YouTube's forms, `?claim=`,
// "Copy link" on a claim, and the position and follow mode a note remembers.
import { PlayerState } from './support/fake-youtube.ts'
import { APP_ORIGIN } from './support/ports.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  SLUG,
  clickClaimText,
  clockSeconds,
  notePath,
  openReader,
  reader,
  seconds,
  waitForReadyPlayer,
} from './support/reader.ts'

/** expect.poll's intervals: the clock moves every frame, so look often. */
const FAST = { intervals: [25, 50, 100] }

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test.describe('?t= opens the note at a moment', () => {
  // 1:11:15 is 4275 s, in t4271's window (4271–4290).
  test('in each of YouTube’s forms', async ({ page, youtube }) => {
    for (const form of ['1h11m15s', '4275', '4275s', '71m15s', '1:11:15']) {
      await test.step(`?t=${form}`, async () => {
        // A fresh document each time: the player is created anew, cued at the moment.
        await page.goto('about:blank')
        const r = await openReader(page, notePath(`t=${form}`))
        await expect(r.clock).toHaveText('1:11:15')
        await expect(r.primary).toHaveAttribute('data-claim-id', 't4271')
        await expect(r.active).toHaveCount(1)
        await expect(r.claim('t4271')).toBeInViewport()
        // The video is cued there, not played.
        await expect(r.button('Play')).toBeVisible()
        const [created] = await youtube.calls('constructor')
        expect(created?.args[1]).toMatchObject({ playerVars: { start: 4275 } })
      })
    }
  })

  test('a note linked without ?t= opens at the start', async ({ page }) => {
    const r = await openReader(page, notePath())
    await expect(r.clock).toHaveText('0:00')
    await expect(r.active).toHaveCount(0)
    await expect(r.gap).toContainText('Next cited moment in 7:37')
  })
})

test('?claim= scrolls to the claim, marks it primary and cues its time', async ({ page }) => {
  const r = await openReader(page, notePath('claim=t5511'))
  await expect(r.claim('t5511')).toBeInViewport()
  await expect(r.claim('t5511')).toHaveAttribute('data-primary', '')
  await expect(r.claim('t5511')).toHaveAttribute('aria-current', 'true')
  await expect(r.claim('t5511')).toBeFocused()
  await expect(r.clock).toHaveText('1:31:51')
  await expect(r.claim('t4223')).not.toBeInViewport()
})

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('puts the claim’s URL on the clipboard, and the URL opens the note at that claim', async ({
    page,
  }) => {
    const r = await openReader(page)
    await expect(page.locator('[data-copy-link]')).toHaveCount(0)
    await clickClaimText(page, r.claim('t4331'))
    const copy = r.claim('t4331').locator('[data-copy-link]')
    await expect(copy).toHaveAccessibleName('Copy link to this claim')
    await expect(page.locator('[data-copy-link]')).toHaveCount(1)
    await copy.click()
    await expect(copy).toHaveAccessibleName('Link copied to this claim')
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toBe(`${APP_ORIGIN}/#/n/${SLUG}?claim=t4331`)

    // Opened afresh (this page keeps its offline routes and fake YouTube), the
    // link shows the note at that claim.
    await page.goto('about:blank')
    await page.goto(url)
    await expect(r.claim('t4331')).toHaveAttribute('data-primary', '')
    await expect(r.claim('t4331')).toBeInViewport()
    await expect(r.clock).toHaveText('1:12:11')
  })
})

test.describe('the note remembers', () => {
  // One page, reloaded: each step starts from what the previous one left.
  test('reload restores the position, the highlighted claim and the follow mode', async ({
    page,
  }) => {
    const r = await openReader(page)
    await test.step('reload restores the position and the highlighted claim', async () => {
      await clickClaimText(page, r.claim('t4607'))
      await expect(r.primary).toHaveAttribute('data-claim-id', 't4607')
      await expect.poll(() => clockSeconds(r), FAST).toBeGreaterThan(seconds('t4607') + 1)
      await r.button('Pause').click()
      await expect(r.button('Play')).toBeVisible()
      const before = await clockSeconds(r)

      await page.reload()
      await expect(r.article).toBeVisible()
      await expect(r.primary).toHaveAttribute('data-claim-id', 't4607')
      await expect.poll(() => clockSeconds(r), FAST).toBeGreaterThanOrEqual(before - 1)
      expect(Math.abs((await clockSeconds(r)) - before)).toBeLessThanOrEqual(1)
      await expect(r.button('Play')).toBeVisible()
    })

    await test.step('reload while playing restores the moment it was left at', async () => {
      await waitForReadyPlayer(page)
      await clickClaimText(page, r.claim('t9779'))
      await expect.poll(() => clockSeconds(r), FAST).toBeGreaterThan(seconds('t9779') + 1)
      const before = await clockSeconds(r)
      await page.reload()
      await expect(r.article).toBeVisible()
      await expect(r.primary).toHaveAttribute('data-claim-id', 't9779')
      expect(Math.abs((await clockSeconds(r)) - before)).toBeLessThanOrEqual(1)
    })

    await test.step('reload keeps follow off when it was turned off', async () => {
      await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
      await r.follow.click()
      await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
      await page.reload()
      await expect(r.article).toBeVisible()
      await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
      await r.follow.click()
      await page.reload()
      await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    })
  })

  test('a corrupt saved position opens at 0:00 with follow on', async ({ page }) => {
    const corrupt = [
      ['not JSON', '{"t": 4300, follow'],
      ['a negative time', '{"t": -5, "follow": "yes"}'],
      ['not an object', '"4300"'],
    ] as const
    await page.addInitScript(
      ([key, values]) => {
        // Each load of the note takes the next corrupt value, before the app
        // first reads it; the player's frame is no load of the note.
        if (window !== window.top) return
        const next = Number(sessionStorage.getItem('seeded') ?? '0')
        const value = values[next]
        if (value !== undefined) {
          localStorage.setItem(key, value)
          sessionStorage.setItem('seeded', String(next + 1))
        }
      },
      [`lockstep:position:${SLUG}`, corrupt.map(([, value]) => value)] as const,
    )
    for (const [index, [what]] of corrupt.entries()) {
      await test.step(`a corrupt saved position (${what}) opens at 0:00 with follow on`, async () => {
        if (index === 0) await openReader(page)
        else {
          await page.reload()
          await waitForReadyPlayer(page)
        }
        const r = reader(page)
        await expect(r.clock).toHaveText('0:00')
        await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
        await expect(r.active).toHaveCount(0)
        await expect(r.claim('t4223')).toBeVisible()
      })
    }
    expect(await page.evaluate(() => sessionStorage.getItem('seeded'))).toBe(String(corrupt.length))
  })

  test('a link’s ?t= wins over the remembered position', async ({ page }) => {
    await page.addInitScript(
      (key) => localStorage.setItem(key, JSON.stringify({ t: 9800, follow: true })),
      `lockstep:position:${SLUG}`,
    )
    const r = await openReader(page, notePath('t=4275'))
    await expect(r.clock).toHaveText('1:11:15')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4271')
  })

  test('a remembered position is where the note opens without a link', async ({ page }) => {
    await page.addInitScript(
      (key) => localStorage.setItem(key, JSON.stringify({ t: 9800, follow: false })),
      `lockstep:position:${SLUG}`,
    )
    const r = await openReader(page)
    await expect(r.clock).toHaveText('2:43:20')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't9779')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
  })
})

// Only the hash changes (a pasted link, a link inside the note): no reload.
test('a deep link or a ?t= link followed in the tab already showing the note goes there', async ({
  page,
  youtube,
}) => {
  const r = await openReader(page)
  await expect(r.clock).toHaveText('0:00')
  await test.step('a deep link followed in the tab already showing the note goes to its claim', async () => {
    // As when a copied link is pasted into this tab's address bar: only the hash changes.
    await page.evaluate((hash) => (window.location.hash = hash), `#/n/${SLUG}?claim=t5511`)
    await expect(r.claim('t5511')).toHaveAttribute('data-primary', '')
    await expect(r.claim('t5511')).toBeInViewport()
    await expect(r.clock).toHaveText('1:31:51')
  })

  await test.step('a ?t= link followed in the tab already showing the note moves to that moment', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/n/${SLUG}?t=1h11m15s`)
    await expect(r.clock).toHaveText('1:11:15')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4271')
    // Cued, not played: the video waits there.
    await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PAUSED)
    await expect(r.button('Play')).toBeVisible()
    await expect(r.clock).toHaveText('1:11:15')
  })
})
