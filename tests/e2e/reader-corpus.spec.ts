// Every real note of ../shared/corpus opens and reads well (issue 7): no page
// or console errors, zero serious or critical axe violations in light and in
// dark, one timeline mark per citation (counted by parsing the file here, in
// Node), playback lights up the claim whose window holds the time, and Enter on
// a claim seeks the video to its first citation. One page per note; the corpus
// is not in the repository, so the spec skips itself where the folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseNote } from '../../src/note/parse-note.ts'
import { CORPUS } from './support/assemble-vault.ts'
import { axeViolations, COLOUR_RULES, useScheme } from './support/axe.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { notePath, waitForReadyPlayer } from './support/reader.ts'

const corpusFound = existsSync(CORPUS)
const corpusFiles = corpusFound
  ? readdirSync(CORPUS)
      .filter((name) => name.endsWith('.md'))
      .toSorted()
  : []

test.use({ viewport: { width: 1366, height: 850 }, colorScheme: 'light' })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/** Serious and critical axe findings (see support/axe.ts for `rules`). */
async function seriousViolations(page: Page, rules?: string[]) {
  return (await axeViolations(page, rules)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
}

interface ShownClaim {
  id: string
  /** Its first citation, as the page reads it (the reader may have repaired the stamps). */
  first: number
  /** Seconds from that citation to the next later citation time in the note. */
  room: number
}

/**
 * The article's claims with their first citation and how long its window
 * lasts; not those whose first citation points past the video's end (a mixed
 * note no rule can repair keeps such stamps, flagged, and the video cannot play them).
 */
async function shownClaims(page: Page): Promise<ShownClaim[]> {
  return page.locator('article [data-claim-id]').evaluateAll((elements) => {
    const claims = elements
      .filter((element) => !element.querySelector('[data-citation]')?.hasAttribute('data-beyond'))
      .map((element) => {
        const times = (element.getAttribute('data-claim-times') ?? '').split(' ').map(Number)
        return { id: element.getAttribute('data-claim-id') ?? '', first: times[0] ?? 0 }
      })
    const all = [
      ...new Set(
        elements.flatMap((e) => (e.getAttribute('data-claim-times') ?? '').split(' ').map(Number)),
      ),
    ].toSorted((a, b) => a - b)
    return claims.map((claim) => {
      const next = all.find((t) => t > claim.first)
      return { ...claim, room: next === undefined ? Infinity : next - claim.first }
    })
  })
}

/**
 * The claim a test plays: one in the middle of the note whose window lasts
 * long enough (20 s) that playing does not leave it before the page is read;
 * else the one with the longest window.
 */
function pickClaim(claims: readonly ShownClaim[], skip?: string): ShownClaim {
  const others = claims.filter((c) => c.id !== skip)
  const roomy = others.filter((c) => c.room >= 20)
  const claim = roomy[Math.floor(roomy.length / 2)] ?? others.toSorted((a, b) => b.room - a.room)[0]
  if (!claim) throw new Error('the note has no claim to play')
  return claim
}

test.describe(`the real notes in ../shared/corpus`, () => {
  test.skip(!corpusFound, `../shared/corpus not found beside the repository (${CORPUS})`)
  // Each test reads a whole note twice with axe: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('the corpus holds notes', () => {
    expect(corpusFiles.length).toBeGreaterThan(0)
  })

  for (const name of corpusFiles) {
    const slug = basename(name, '.md')
    const { doc } = parseNote(readFileSync(join(CORPUS, name), 'utf8'), { slug, path: name })

    test(`${slug}: reads without errors or serious axe findings, marks every citation, plays in step`, async ({
      page,
      youtube,
    }) => {
      await page.goto(notePath('', slug))
      await expect(page.locator(`article[data-note="${slug}"]`)).toBeVisible()
      await waitForReadyPlayer(page)

      // A mark per citation: the model counts them from the file, the page draws them.
      expect(doc.citationCount).toBeGreaterThan(0)
      await expect(page.locator('[data-timeline-mark]')).toHaveCount(doc.citationCount)
      await expect(page.locator('article [data-citation]')).toHaveCount(doc.citationCount)

      // The note's problems, if any, unfolded: their words must be readable too.
      await page.evaluate(() =>
        document.querySelector('[data-diagnostics]')?.setAttribute('open', ''),
      )
      await test.step('axe, light and dark', async () => {
        expect(await seriousViolations(page), 'light').toEqual([])
        await useScheme(page, 'dark')
        expect(await seriousViolations(page, COLOUR_RULES), 'dark').toEqual([])
      })

      // Playback → highlight: the fake moves to a claim's first citation and plays.
      const claims = await shownClaims(page)
      const played = pickClaim(claims)
      await page.evaluate((t) => {
        const yt = window['__fakeYouTube']!
        yt.scrub(t)
        yt.userPlay()
      }, played.first)
      await expect(page.locator(`article [data-claim-id="${played.id}"]`)).toHaveAttribute(
        'aria-current',
        'true',
      )
      await youtube.userPause()
      await expect(page.locator('article [data-primary]')).toHaveAttribute('aria-current', 'true')

      // Enter on a focused claim → the video seeks to its first citation.
      const entered = pickClaim(claims, played.id)
      await youtube.clearLog()
      await page.locator(`article [data-claim-id="${entered.id}"]`).focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(async () => (await youtube.calls('seekTo')).map((call) => call.args[0]), {
          intervals: [25, 50, 100],
        })
        .toEqual([entered.first])
      await expect(page.locator(`article [data-claim-id="${entered.id}"]`)).toHaveAttribute(
        'data-primary',
        '',
      )
    })
  }
})
