// Helpers for the reader's browser tests: open the seed note, find its claims
// by the public DOM contract (DESIGN §5) and read what a person sees.
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** Chromium logs the aborted iframe_api request (youtubeScript: 'blocked') as a console error. */
export const IFRAME_API_LOAD_FAILED = /Failed to load resource: net::ERR_CONNECTION_REFUSED/

export const SLUG = 'collaboration-between-space-agencies'
export const VIDEO_ID = '_ziODBruqdA'

/** The seed note's claim ids in reading order (each id is its first citation's seconds). */
export const READING_ORDER = [
  't4223',
  't4230',
  't4313',
  't4331',
  't4344',
  't4271',
  't4290',
  't4306',
  't5511',
  't5522',
  't4459',
  't4528',
  't4537',
  't4564',
  't4607',
  't4657',
  't9779',
  't9802',
  't9888',
  't11774',
  't11792',
  't457',
  't4183',
  't1300',
  't4209',
  't493',
  't8874',
  't9305',
  't8538',
] as const

/** The same claims in video order. */
export const VIDEO_ORDER = READING_ORDER.toSorted((a, b) => seconds(a) - seconds(b))

/** The seconds a claim id names: `t4223` → 4223. */
export function seconds(id: string): number {
  return Number(/^t(\d+)/.exec(id)?.[1])
}

/** `4223` → `1:10:23`, `457` → `7:37`: how the clock shows a time. */
export function clockText(total: number): string {
  const whole = Math.floor(total)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** `1:10:23` or `7:37` → seconds. */
export function parseClock(text: string): number {
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0)
}

export function notePath(query = '', slug = SLUG): string {
  return `/#/n/${slug}${query ? `?${query}` : ''}`
}

/** The reader's parts, by the DOM contract and by what a person reads. */
export function reader(page: Page) {
  return {
    article: page.locator(`article[data-note="${SLUG}"]`),
    pane: page.locator('[data-note-pane]'),
    // Claims are in the article; the timeline's marks carry data-claim-id too.
    claim: (id: string): Locator => page.locator(`article [data-claim-id="${id}"]`),
    chip: (id: string, at: number): Locator =>
      page.locator(`article [data-claim-id="${id}"] button[data-citation="${at}"]`),
    active: page.locator('article [data-claim-id][data-active]'),
    primary: page.locator('article [data-claim-id][data-primary]'),
    clock: page.locator('[data-clock]'),
    rate: page.locator('[data-rate]'),
    follow: page.locator('[data-follow]'),
    backToNow: page.locator('[data-back-to-now]'),
    gap: page.locator('[data-gap]'),
    fallback: page.locator('[data-fallback]'),
    player: page.locator('[data-player]'),
    button: (name: string): Locator =>
      page.getByRole('toolbar', { name: 'Playback' }).getByRole('button', { name, exact: true }),
  }
}

export type Reader = ReturnType<typeof reader>

/**
 * Opens the note and waits until the fake player is ready, so the app has a
 * player to command. `path` defaults to the note's own URL.
 */
export async function openReader(page: Page, path = notePath()): Promise<Reader> {
  await page.goto(path)
  const r = reader(page)
  await expect(r.article).toBeVisible()
  await waitForReadyPlayer(page)
  return r
}

/** Resolves once the fake has a live player that is ready (the embed loads lazily). */
export async function waitForReadyPlayer(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const yt = window['__fakeYouTube']
    return yt !== undefined && yt.players.length > 0 && yt.isReady()
  })
}

/** The clock as seconds, as a person reads it. */
export async function clockSeconds(r: Reader): Promise<number> {
  return parseClock((await r.clock.textContent()) ?? '')
}

/** The ids of the highlighted claims, in reading order. */
export async function activeIds(r: Reader): Promise<string[]> {
  return r.active.evaluateAll((elements) =>
    elements.map((element) => (element as HTMLElement).dataset['claimId'] ?? ''),
  )
}

/**
 * Clicks a claim's words as a person would: on its first letter, not on a
 * chip or a wikilink inside it (a multi-line claim's box centre may hold either).
 */
export async function clickClaimText(page: Page, claim: Locator): Promise<void> {
  await claim.scrollIntoViewIfNeeded()
  const handle = await claim.elementHandle()
  const point = await page.evaluate((element) => {
    if (!element) throw new Error('no claim')
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.textContent?.trim() && !node.parentElement?.closest('a, button')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
    })
    const text = walker.nextNode()
    if (!text) throw new Error('claim without words')
    const range = document.createRange()
    const offset = text.textContent!.search(/\S/)
    range.setStart(text, offset)
    range.setEnd(text, offset + 1)
    const box = range.getBoundingClientRect()
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
  }, handle)
  await page.mouse.click(point.x, point.y)
}

/** Whether an element's box is inside the note pane's visible part. */
export async function isInNoteView(page: Page, target: Locator): Promise<boolean> {
  const handle = await target.elementHandle()
  return page.evaluate((element) => {
    const pane = document.querySelector('[data-note-pane]')
    if (!element || !pane) return false
    const view = pane.getBoundingClientRect()
    const box = element.getBoundingClientRect()
    return box.bottom > view.top && box.top < view.bottom
  }, handle)
}

/**
 * Seeks the fake as YouTube's own controls would (the app called nothing) and
 * waits until the note's clock shows that time. A paused video stays paused.
 */
export async function scrubTo(page: Page, r: Reader, to: number): Promise<void> {
  await page.evaluate((t) => window['__fakeYouTube']!.scrub(t), to)
  await expect(r.clock).toHaveText(clockText(to))
}

/** Seeks the fake as YouTube's own controls would, then plays, and waits for the clock. */
export async function scrubAndPlay(page: Page, r: Reader, to: number): Promise<void> {
  await page.evaluate((t) => {
    const yt = window['__fakeYouTube']!
    yt.scrub(t)
    yt.userPlay()
  }, to)
  await expect.poll(() => clockSeconds(r)).toBeGreaterThanOrEqual(Math.floor(to))
}
