// Faults the reader meets in the wild (issue 9), each ending with the note
// still usable and no uncaught error: YouTube arriving after the reader gave
// up on it, a player destroyed while a seek is on its way, a hundred seeks in a
// second, storage that throws or is full, saved state that is garbage, a
// damaged entry among your own notes, and a tab hidden for an hour.
// Covered elsewhere: the script never loading, the 10 s fallback and each
// error code's banner (reader-fallback.spec.ts); storage refused for your own
// notes (own-notes.spec.ts).
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { PlayerState } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { IFRAME_API_URL } from './support/network.ts'
import {
  READING_ORDER,
  SLUG,
  clickClaimText,
  clockSeconds,
  clockText,
  notePath,
  openReader,
  reader,
  scrubAndPlay,
  waitForReadyPlayer,
} from './support/reader.ts'
import { serveThumbnails } from './support/thumbnails.ts'

declare global {
  interface Window {
    /** The claims the highlight landed on, in order (the hidden-tab test). */
    __lit?: string[]
  }
}

const OTHER_VIDEO_NOTE = 'sourdough-in-half-an-hour'
const OTHER_VIDEO_ID = 'xxxxx_01stp'
const TIDES = fileURLToPath(new URL('../fixtures/own-notes/tide-tables.md', import.meta.url))

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test.describe('YouTube arrives after the reader gave up on it', () => {
  test('the script loading after 12 s takes over from the note’s clock, at the note’s time', async ({
    page,
    youtube,
  }) => {
    await page.clock.install()
    let release: (() => void) | undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    // Held, then handed on to the fake (the fixture's route).
    await page.route(
      IFRAME_API_URL,
      async (route) => {
        await held
        await route.fallback()
      },
      { times: 1 },
    )
    await page.goto(notePath())
    const r = reader(page)
    await expect(r.article).toBeVisible()
    await expect(r.player).not.toContainText('Loading the video')
    await page.clock.fastForward(12_000)
    await expect(r.fallback).toHaveAttribute('data-fallback', 'script-timeout')

    // The reader goes on without YouTube: a claim plays on the note's own clock.
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4313')
    await expect(r.button('Pause')).toBeVisible()

    release?.()
    await waitForReadyPlayer(page)
    // YouTube plays from where the note is, and the note says nothing is wrong any more.
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    expect(await youtube.trueTime()).toBeGreaterThanOrEqual(4313)
    expect(await youtube.trueTime()).toBeLessThan(4330)
    await expect(r.fallback).toHaveCount(0)
    await expect(r.player).not.toContainText('Video unavailable')
    await expect(page.locator('[data-player] iframe')).toHaveCount(1)
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4313')

    // One clock: the note follows YouTube's, not its own any more.
    await youtube.userPause()
    await expect(r.button('Play')).toBeVisible()
    await youtube.scrub(5511)
    await expect(r.clock).toHaveText(clockText(5511))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't5511')
    await clickClaimText(page, r.claim('t4607'))
    await expect.poll(() => youtube.trueTime()).toBeGreaterThanOrEqual(4607)
    expect(await youtube.playerCount()).toBe(1)
  })
})

test.describe('a player destroyed while a seek is on its way', () => {
  test('opening another video’s note mid-seek gives that note its player, and nothing calls the old one', async ({
    page,
    youtube,
  }) => {
    const r = await openReader(page)
    await page.evaluate((other) => {
      document.querySelector<HTMLElement>('article [data-claim-id="t5511"]')!.click()
      // Before YouTube has reported the new time: the seek is still pending.
      location.hash = `#/n/${other}`
    }, OTHER_VIDEO_NOTE)
    await expect(page.locator(`article[data-note="${OTHER_VIDEO_NOTE}"]`)).toBeVisible()
    await expect.poll(() => youtube.videoId()).toBe(OTHER_VIDEO_ID)
    await waitForReadyPlayer(page)
    expect(await youtube.playerCount()).toBe(1)
    expect((await youtube.calls()).filter((call) => call.destroyed)).toEqual([])

    // And back: the first note's reader works as before.
    await page.goBack()
    await expect(r.article).toBeVisible()
    await expect.poll(() => youtube.videoId()).toBe('_ziODBruqdA')
    await waitForReadyPlayer(page)
    await clickClaimText(page, r.claim('t4607'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4607')
    await expect.poll(() => youtube.trueTime()).toBeGreaterThanOrEqual(4607)
  })

  test('YouTube’s player destroyed under the reader mid-seek leaves the note working', async ({
    page,
  }) => {
    const r = await openReader(page)
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('article [data-claim-id="t5511"]')!.click()
      const fake = window['__fakeYouTube']!
      ;(fake.players[fake.players.length - 1] as { destroy(): void }).destroy()
    })
    await expect(r.primary).toHaveAttribute('data-claim-id', 't5511')
    await clickClaimText(page, r.claim('t4607'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4607')
    await expect(r.clock).toHaveText(clockText(4607))
    await page.keyboard.press('n')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4657')
  })
})

test.describe('a hundred seeks in one second', () => {
  test('clicking a hundred claims: the last one wins, in the note and in the player', async ({
    page,
    youtube,
  }) => {
    const r = await openReader(page)
    await youtube.clearLog()
    const last = await page.evaluate(async (order) => {
      let id = ''
      for (let i = 0; i < 100; i += 1) {
        id = order[i % order.length]!
        document.querySelector<HTMLElement>(`article [data-claim-id="${id}"]`)!.click()
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return id
    }, READING_ORDER)
    const target = Number(last.slice(1))
    await expect(r.primary).toHaveAttribute('data-claim-id', last)
    const seeks = await youtube.calls('seekTo')
    expect(seeks.length).toBeGreaterThan(0)
    expect(seeks.at(-1)?.args[0]).toBe(target)
    // Once YouTube has reported the new time, the highlight stays where the reader put it.
    await expect.poll(async () => (await youtube.lastReport())?.time ?? 0).toBeGreaterThan(target)
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    await expect(r.primary).toHaveAttribute('data-claim-id', last)
    const at = await clockSeconds(r)
    expect(at).toBeGreaterThanOrEqual(target)
    expect(at).toBeLessThan(target + 10)
    expect(await youtube.playerCount()).toBe(1)
  })

  test('pressing l a hundred times moves a thousand seconds, all of them', async ({
    page,
    youtube,
  }) => {
    const r = await openReader(page, notePath('t=4223'))
    await expect(r.clock).toHaveText(clockText(4223))
    for (let i = 0; i < 100; i += 1) await page.keyboard.press('l', { delay: 0 })
    await expect(r.clock).toHaveText(/^1:27:0\d$/)
    const seeks = await youtube.calls('seekTo')
    expect(seeks.at(-1)?.args[0]).toBe(5223)
    await expect.poll(() => youtube.trueTime()).toBeGreaterThanOrEqual(5223)
    expect(await youtube.trueTime()).toBeLessThan(5233)
  })
})

/** Replaces localStorage's methods before the app loads. */
async function breakStorage(page: Page, how: 'throws' | 'full'): Promise<void> {
  await page.addInitScript((mode) => {
    const refuse = (name: string) => () => {
      throw new DOMException(
        mode === 'full' ? 'The quota has been exceeded.' : 'Access is denied for this document.',
        name,
      )
    }
    if (mode === 'throws') {
      Storage.prototype.getItem = refuse('SecurityError')
      Storage.prototype.setItem = refuse('SecurityError')
    } else {
      Storage.prototype.setItem = refuse('QuotaExceededError')
    }
  }, how)
}

test.describe('storage that throws', () => {
  test.beforeEach(async ({ page }) => breakStorage(page, 'throws'))

  test('the reader opens, plays and changes its settings for this visit', async ({ page }) => {
    const r = await openReader(page)
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4313')
    const theme = page.locator('[data-theme-toggle]')
    await theme.click()
    await expect(theme).toHaveAttribute('data-theme-toggle', 'light')
    await theme.click()
    await expect(theme).toHaveAttribute('data-theme-toggle', 'dark')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await r.follow.click()
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    // Nothing was remembered, and nothing is said about it.
    await page.reload()
    await expect(r.article).toBeVisible()
    await expect(r.clock).toHaveText('0:00')
    await expect(theme).toHaveAttribute('data-theme-toggle', 'system')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('the library’s theme switch works too', async ({ page }) => {
    await serveThumbnails(page)
    await page.goto('/#/')
    await expect(page.locator('[data-library]')).toBeVisible()
    const theme = page.locator('[data-theme-toggle]')
    await theme.click()
    await theme.click()
    await expect(theme).toHaveAttribute('data-theme-toggle', 'dark')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  })
})

test.describe('storage that is full', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript((slug) => {
      if (localStorage.getItem(`lockstep:position:${slug}`) !== null) return
      localStorage.setItem(`lockstep:position:${slug}`, JSON.stringify({ t: 4313, follow: false }))
      localStorage.setItem('lockstep:settings', JSON.stringify({ theme: 'dark' }))
    }, SLUG)
    await breakStorage(page, 'full')
  })

  test('what was saved before still opens; new changes hold for this visit', async ({ page }) => {
    const r = await openReader(page)
    await expect(r.clock).toHaveText(clockText(4313))
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await clickClaimText(page, r.claim('t5511'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't5511')
    await page.locator('[data-theme-toggle]').click()
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('data-theme-toggle', 'system')
    await page.reload()
    await expect(r.clock).toHaveText(clockText(4313))
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('data-theme-toggle', 'dark')
  })
})

test.describe('saved state that is garbage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(
      ({ slug, other }) => {
        if (sessionStorage.getItem('seeded')) return
        sessionStorage.setItem('seeded', '1')
        // Each field of the settings stands or falls on its own; the others are garbage.
        localStorage.setItem(
          'lockstep:settings',
          JSON.stringify({ theme: 'dark', split: 'wide', shortcuts: 'no', outline: null }),
        )
        localStorage.setItem(`lockstep:position:${slug}`, '{"t": 4313, "follow": tru')
        localStorage.setItem(
          `lockstep:position:${other}`,
          JSON.stringify({ t: 150, follow: false }),
        )
        localStorage.setItem('lockstep:position:elsewhere', '[[[')
      },
      { slug: SLUG, other: OTHER_VIDEO_NOTE },
    )
  })

  test('the reader starts clean where the state is broken and keeps what is sound', async ({
    page,
  }) => {
    const r = await openReader(page)
    await expect(r.clock).toHaveText('0:00')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.locator('[data-diagnostics]')).toHaveCount(0)
    // The single-key shortcuts are on (the saved 'no' is not a setting).
    await page.keyboard.press('l')
    await expect(r.clock).toHaveText('0:10')
    // Another note's sound position is still there.
    await page.goto(notePath('', OTHER_VIDEO_NOTE))
    await waitForReadyPlayer(page)
    await expect(r.clock).toHaveText('2:30')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    expect(await page.evaluate(() => localStorage.getItem('lockstep:position:elsewhere'))).toBe(
      '[[[',
    )
  })

  test('a saved time no video reaches starts the note at its start', async ({ page }) => {
    await page.addInitScript(
      (slug) => localStorage.setItem(`lockstep:position:${slug}`, '{"t": 1e300, "follow": true}'),
      SLUG,
    )
    const r = await openReader(page)
    await expect(r.clock).toHaveText('0:00')
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.clock).toHaveText(/^1:11:5\d$/)
  })

  test('a settings entry that is not JSON gives the default settings', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lockstep:settings', '{"theme": "dar'))
    const r = await openReader(page)
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('data-theme-toggle', 'system')
    await expect(r.clock).toHaveText('0:00')
  })
})

test.describe('your own notes kept in this browser', () => {
  test('damaged entries are skipped and counted; the sound note still opens', async ({ page }) => {
    await serveThumbnails(page)
    await page.goto('/#/')
    await expect(page.locator('[data-library]')).toBeVisible()
    await page.locator('[data-open-note]').setInputFiles(TIDES)
    await expect(page.locator('article[data-note="tide-tables"]')).toBeVisible()
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lockstep-own-notes')
        request.addEventListener('success', () => resolve(request.result))
        request.addEventListener('error', () => reject(request.error))
      })
      const tx = db.transaction('notes', 'readwrite')
      const notes = tx.objectStore('notes')
      // Cut off mid-write; another version's shape; not a note at all.
      notes.put({ slug: 'half-written', addedAt: 2, bytes: 40, json: '{"note": {"file": "half' })
      notes.put({
        slug: 'older-shape',
        addedAt: 3,
        bytes: 40,
        json: new Blob([JSON.stringify({ note: { doc: { slug: 'older-shape' } }, record: {} })]),
      })
      notes.put({ slug: 'not-a-note', addedAt: 4 })
      await new Promise<void>((resolve, reject) => {
        tx.addEventListener('complete', () => resolve())
        tx.addEventListener('error', () => reject(tx.error))
      })
      db.close()
    })
    await page.goto('/#/')
    await page.reload()
    await expect(page.locator('[data-shelf-problem]')).toContainText(
      '3 of your notes kept in this browser could not be read and were skipped.',
    )
    await expect(page.locator('[data-library-note="tide-tables"]')).toBeVisible()
    for (const slug of ['half-written', 'older-shape', 'not-a-note'])
      await expect(page.locator(`[data-library-note="${slug}"]`)).toHaveCount(0)
    await page.locator('[data-library-note="tide-tables"]').click()
    await expect(page.locator('article[data-note="tide-tables"] [data-claim-id]')).toHaveCount(5)
  })
})

/** What a browser does when the tab is hidden or shown: the state, then the event. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next })
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  }, state)
}

test.describe('a tab hidden for an hour', () => {
  test('shown again, the note is where the video is, without seeking or a pile of work', async ({
    page,
    youtube,
  }) => {
    await page.clock.install()
    const r = await openReader(page)
    // An hour after 1:22:23 the video is at 2:22:23, in the claim at 2:22:18.
    await scrubAndPlay(page, r, 4943)
    await expect(r.button('Pause')).toBeVisible()
    await youtube.clearLog()
    // Every claim the highlight lands on from here: an hour is not replayed claim by claim.
    await page.evaluate(() => {
      const lit: string[] = []
      window['__lit'] = lit
      new MutationObserver((records) => {
        for (const record of records) {
          const element = record.target as HTMLElement
          if (element.hasAttribute('data-active')) lit.push(element.dataset['claimId'] ?? '')
        }
      }).observe(document.querySelector('article')!, {
        subtree: true,
        attributeFilter: ['data-active'],
      })
    })
    await setVisibility(page, 'hidden')
    // The page sleeps: due timers fire once when it wakes, as in a throttled tab.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
    await page.clock.fastForward('01:00:00')
    await page.clock.resume()
    await setVisibility(page, 'visible')
    await expect(r.primary).toHaveAttribute('data-claim-id', 't8538')
    const at = await clockSeconds(r)
    expect(at).toBeGreaterThanOrEqual(4943 + 3600)
    expect(at).toBeLessThan(4943 + 3600 + 10)
    expect(await youtube.state()).toBe(PlayerState.PLAYING)
    expect(await page.evaluate(() => window['__lit'])).toEqual(['t8538'])
    // The reader read the player; it did not command it.
    const commands = (await youtube.calls()).filter((call) =>
      ['seekTo', 'playVideo', 'pauseVideo'].includes(call.method),
    )
    expect(commands).toEqual([])
  })
})
