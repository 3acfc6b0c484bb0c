// Issue 9, hostile notes: every note of tests/fixtures/hostile/, built into one
// app with the bundled notes (a server of its own, see playwright.config.ts),
// opened in Chromium, and opened again as the reader's own note through the
// file picker (the parse worker). None may show a dialog, run a line of its
// script (each payload sets `window.__hostile` or calls alert), reach a host
// but this one and YouTube, or crash the page; each shows the note or its error
// page, and the seed note still reads after all of them.
import type { Page } from '@playwright/test'
import { hostileNotes } from '../fixtures/hostile/hostile-corpus.ts'
import { expect, test } from './support/fixtures.ts'
import { HOSTILE_ORIGIN } from './support/ports.ts'
import { SLUG as SEED } from './support/reader.ts'

const NOTES = hostileNotes()
/** Notes per test: the notes are spread over a few tests so both workers share them. */
const CHUNK = 16
const CHUNKS = Array.from({ length: Math.ceil(NOTES.length / CHUNK) }, (_, i) =>
  NOTES.slice(i * CHUNK, (i + 1) * CHUNK),
)
/** Hosts a note may reach: this app's (local) and YouTube's. */
const YOUTUBE_HOST = /(^|\.)(youtube\.com|ytimg\.com|youtube-nocookie\.com)$/

/** What a hostile note managed to do, if anything. */
interface Breaches {
  dialogs: string[]
  scripts: string[]
  crashes: string[]
}

/** Starts listening for dialogs and crashes; `check` adds what a note set on `window`. */
function watch(page: Page): { breaches: Breaches; check: (slug: string) => Promise<void> } {
  const breaches: Breaches = { dialogs: [], scripts: [], crashes: [] }
  page.on('dialog', (dialog) => {
    breaches.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('crash', () => breaches.crashes.push(page.url()))
  const check = async (slug: string) => {
    const hostile = await page.evaluate(() => String(Reflect.get(window, '__hostile')))
    if (hostile !== 'undefined') breaches.scripts.push(`${slug}: window.__hostile = ${hostile}`)
  }
  return { breaches, check }
}

/** Requests that left for a host other than this machine and YouTube. */
function foreign(blocked: readonly string[]): string[] {
  return blocked.filter((url) => !YOUTUBE_HOST.test(new URL(url).hostname))
}

/**
 * The note, or its error page, is on the page with its title on screen (the
 * page did not blank or hang). The note's body may be empty: an unclosed
 * `<template>` or `<script>` holds the rest of the note, and goes with it.
 */
async function expectShown(page: Page, slug: string) {
  const shown = page.locator(`article[data-note="${slug}"], [data-note-unreadable="${slug}"]`)
  await expect(shown.first(), slug).toBeAttached({ timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 1 }).first(), slug).toBeVisible()
}

/** A moment for anything a note set on a timer (an animation, an image's onerror) to fire. */
const settle = (page: Page) => page.waitForTimeout(150)

/** How many files the picker has refused so far. */
async function refusals(page: Page): Promise<number> {
  const list = page.locator('[data-refusals]')
  return (await list.count()) === 0 ? 0 : Number(await list.first().getAttribute('data-refusals'))
}

/** Whether an own note (named `own-…`) has opened, as its page or its error page. */
async function openedOwn(page: Page): Promise<'opened' | 'waiting'> {
  if (!/#\/n\/own-/.test(page.url())) return 'waiting'
  const shown = page.locator('article[data-note^="own-"], [data-note-unreadable^="own-"]')
  const title = page.getByRole('heading', { level: 1 }).first()
  return (await shown.count()) > 0 && (await title.isVisible()) ? 'opened' : 'waiting'
}

async function expectSeedReads(page: Page) {
  await page.goto(`${HOSTILE_ORIGIN}/#/n/${SEED}`)
  await expect(page.locator(`article[data-note="${SEED}"] [data-claim-id]`).first()).toBeVisible()
}

test.describe('hostile notes in the built library', () => {
  test.describe.configure({ timeout: 240_000 })

  for (const [index, chunk] of CHUNKS.entries()) {
    test(`notes ${index * CHUNK + 1}–${index * CHUNK + chunk.length} open safely`, async ({
      page,
      problems,
    }) => {
      const { breaches, check } = watch(page)
      for (const note of chunk) {
        await page.goto(`${HOSTILE_ORIGIN}/#/n/${note.slug}`)
        await expectShown(page, note.slug)
        await settle(page)
        await check(note.slug)
      }
      await expectSeedReads(page)
      expect(breaches).toEqual({ dialogs: [], scripts: [], crashes: [] })
      expect(foreign(problems.blockedRequests)).toEqual([])
      expect(problems.pageErrors).toEqual([])
    })
  }

  test('hostile deep links open the note and run nothing', async ({ page, problems }) => {
    const { breaches, check } = watch(page)
    const links = [
      `${SEED}?claim=<img src=x onerror="window.__hostile='claim'">`,
      `${SEED}?claim=t10"><svg onload=alert('claim-svg')>`,
      `${SEED}?t=<script>window.__hostile='t'</script>`,
      `${SEED}?t=javascript:alert('t-js')`,
      `${SEED}?t=-1&t=NaN&claim=__proto__`,
      `${SEED}?t=1e308`,
      `script-plain?claim=constructor&t=Infinity`,
    ]
    for (const link of links) {
      await page.goto(`${HOSTILE_ORIGIN}/#/n/${link}`)
      await expect(page.locator('article[data-note]')).toBeVisible()
      await settle(page)
      await check(link)
    }
    for (const route of [`#/t/<img src=x onerror=alert('topic')>`, '#/n/../../etc/passwd']) {
      await page.goto(`${HOSTILE_ORIGIN}/${route}`)
      await expect(page.locator('main').first()).toBeVisible()
      await settle(page)
      await check(route)
    }
    expect(page.url().startsWith(HOSTILE_ORIGIN)).toBe(true)
    await expectSeedReads(page)
    expect(breaches).toEqual({ dialogs: [], scripts: [], crashes: [] })
    expect(foreign(problems.blockedRequests)).toEqual([])
    expect(problems.pageErrors).toEqual([])
  })
})

test.describe('hostile notes opened as the reader’s own notes', () => {
  test.describe.configure({ timeout: 240_000 })

  for (const [index, chunk] of CHUNKS.entries()) {
    test(`notes ${index * CHUNK + 1}–${index * CHUNK + chunk.length} open safely through the worker`, async ({
      page,
      problems,
    }) => {
      const { breaches, check } = watch(page)
      for (const note of chunk) {
        // Any page holds the file input; a topic page is the lightest to come back to.
        await page.goto(`${HOSTILE_ORIGIN}/#/t/own-notes`)
        const refusedBefore = await refusals(page)
        await page.locator('[data-open-note]').setInputFiles({
          name: `own-${note.slug}.md`,
          mimeType: 'text/markdown',
          buffer: Buffer.from(note.bytes()),
        })
        // Opened (its page, or its error page), or refused (binary, not UTF-8) with its reason.
        await expect
          .poll(
            async () => ((await refusals(page)) > refusedBefore ? 'refused' : openedOwn(page)),
            {
              message: note.slug,
              timeout: 30_000,
            },
          )
          .not.toBe('waiting')
        await settle(page)
        await check(note.slug)
      }
      await expectSeedReads(page)
      expect(breaches).toEqual({ dialogs: [], scripts: [], crashes: [] })
      expect(foreign(problems.blockedRequests)).toEqual([])
      expect(problems.pageErrors).toEqual([])
    })
  }
})
