// The library (DESIGN §3b, §5): the index of every note (filter as you type,
// group by channel, sort, keys), topic pages gathering the claims that link
// to a name, a channel's page, backlinks under a note, the stills' offline
// fallback, axe in light and dark, and the four screens (screenshots go to
// test-results/screenshots/library-*.png).
import type { Page } from '@playwright/test'
import type { LibraryEntry, LibraryManifest } from '../../src/library/library-entry.ts'
import { axeViolations as violations, COLOUR_RULES, useScheme } from './support/axe.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { FOUR_SCREENS, SCREENSHOTS } from './support/screens.ts'
import { serveThumbnails, THUMBNAIL_URL } from './support/thumbnails.ts'

/** Made-up notes of tests/fixtures/vault that link to each other and to shared topics. */
const CHEMISTRY = 'glaze-chemistry-basics'
const FIELD_NOTES = 'ash-glaze-field-notes'
const KILNS = 'wood-fired-kilns'
const SOURDOUGH = 'sourdough-in-half-an-hour'
/** A file of the built library's link shards (`library/links-<hash>/<n>.json`). */
const isShard = (url: string): boolean => /\/links-[0-9a-f]+\/\d+\.json$/.test(url)
/** A second made-up note of the kilns video, in the same channel. */
const KILN_TALK_GLAZES = 'ash-glazes-from-the-kiln-talk'
/** A real note of the corpus, and a topic ten of its claims link to. */
const CURVE_WAR = 'nc8Qi8UTT7Y__details-on-the-curve-war'
const CURVE_TOPIC = 'understanding_curve_and_its_importance'

test.use({ viewport: { width: 1366, height: 850 } })

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/** The notes the built site lists, as the manifest it loads says (its name carries a hash). */
async function vaultNotes(page: Page): Promise<LibraryEntry[]> {
  const loaded = page.waitForResponse(/library\/manifest-[0-9a-f]+\.json$/)
  await page.goto('/#/')
  const manifest = (await (await loaded).json()) as LibraryManifest
  return manifest.notes.filter((e) => e.kind === 'note')
}

async function openIndex(page: Page): Promise<void> {
  await serveThumbnails(page)
  await page.goto('/#/')
  await expect(page.locator('[data-library] [data-library-note]').first()).toBeVisible()
}

const card = (page: Page, slug: string) => page.locator(`[data-library-note="${slug}"]`)
const filter = (page: Page) => page.locator('[data-library-filter]')
const count = (page: Page) => page.locator('[data-library-count]')

test.describe('the index', () => {
  test('lists every note of the vault, each with its title, channel, claims and span', async ({
    page,
  }) => {
    const notes = await vaultNotes(page)
    expect(notes.length).toBeGreaterThan(15)
    await openIndex(page)
    await expect(page.locator('[data-library] a[data-library-note]')).toHaveCount(notes.length)
    for (const note of notes) await expect(card(page, note.slug)).toHaveCount(1)
    await expect(count(page)).toHaveText(`${notes.length} notes`)
    // The seed note: its claims and the span it cites, as the reader's byline says.
    const seed = card(page, 'collaboration-between-space-agencies')
    await expect(seed).toContainText('Collaboration between international space agencies')
    await expect(seed).toContainText('29 claims · 7:37–3:16:32')
    await expect(seed).toHaveAttribute('href', '#/n/collaboration-between-space-agencies')
    // A plain page is a topic, not a note.
    await expect(page.locator('[data-library-page="ash-glazes"]')).toHaveAttribute(
      'href',
      '#/t/ash-glazes',
    )
  })

  test('filters as you type by title, channel or section; Escape clears', async ({ page }) => {
    const notes = await vaultNotes(page)
    await openIndex(page)
    const listed = page.locator('[data-library] [data-library-note]')
    await filter(page).click()
    await page.keyboard.type('lexfridman', { delay: 20 })
    const lex = notes.filter((n) => n.channel === 'lexfridman').length
    expect(lex).toBe(4)
    await expect(listed).toHaveCount(lex)
    await expect(count(page)).toHaveText(`${lex} of ${notes.length} notes`)

    await filter(page).fill('kiln')
    await expect(listed).toHaveCount(2)
    await expect(card(page, KILNS)).toBeVisible()
    await expect(card(page, KILN_TALK_GLAZES)).toBeVisible()
    // A section title: "Test tiles" is a heading of the field notes only.
    await filter(page).fill('test tiles')
    await expect(listed).toHaveCount(1)
    await expect(card(page, FIELD_NOTES)).toBeVisible()

    await filter(page).fill('no note is called this')
    await expect(listed).toHaveCount(0)
    await expect(page.getByText('No note’s title, channel or sections hold')).toBeVisible()

    await page.keyboard.press('Escape')
    await expect(filter(page)).toHaveValue('')
    await expect(listed).toHaveCount(notes.length)
    await expect(count(page)).toHaveText(`${notes.length} notes`)
  })

  test('keys: / focuses the filter, ↓ and ↑ move along the notes, Enter opens one', async ({
    page,
  }) => {
    await openIndex(page)
    await page.keyboard.press('/')
    await expect(filter(page)).toBeFocused()
    await page.keyboard.type('glaze')
    await expect(page.locator('[data-library] [data-library-note]')).toHaveCount(3)
    await page.keyboard.press('ArrowDown')
    const first = page.locator('[data-library] [data-library-note]').first()
    await expect(first).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('[data-library] [data-library-note]').nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(first).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(filter(page)).toBeFocused()
    // Tab reaches the notes too, in order.
    await page.keyboard.press('ArrowDown')
    const slug = await first.getAttribute('data-library-note')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/n/${slug}$`))
    await expect(page.locator(`article[data-note="${slug}"]`)).toBeVisible()
  })

  test('Back from a note finds the index filtered and scrolled as it was left', async ({
    page,
  }) => {
    await page.setViewportSize(FOUR_SCREENS['phone-portrait'])
    await openIndex(page)
    const far = page.locator('[data-library-channel="thepipeline_xyz"]')
    await far.scrollIntoViewIfNeeded()
    const y = await page.evaluate(() => window.scrollY)
    expect(y).toBeGreaterThan(500)
    await far.click()
    await expect(page.locator('[data-topic-links]')).toBeVisible()
    await page.goBack()
    await expect(far).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y)

    await filter(page).fill('lexfridman')
    await page.locator('[data-library] [data-library-note]').first().click()
    await expect(page.locator('article[data-note]')).toBeVisible()
    await page.goBack()
    await expect(filter(page)).toHaveValue('lexfridman')
    await expect(page.locator('[data-library] [data-library-note]')).toHaveCount(4)
  })

  test('groups by channel, or shows all in the chosen order', async ({ page }) => {
    const notes = await vaultNotes(page)
    await openIndex(page)
    const byChannel = page.getByRole('button', { name: 'By channel' })
    const all = page.getByRole('button', { name: 'All', exact: true })
    await expect(byChannel).toHaveAttribute('aria-pressed', 'true')
    const clay = page.getByRole('region', { name: /^Clay and Fire/ })
    await expect(clay.locator('[data-library-note]')).toHaveCount(3)
    await expect(clay.locator(`[data-library-note="${KILNS}"]`)).toBeVisible()
    await expect(clay.locator(`[data-library-note="${CHEMISTRY}"]`)).toBeVisible()

    await all.click()
    await expect(all).toHaveAttribute('aria-pressed', 'true')
    await expect(clay).toHaveCount(0)
    await page.getByLabel('Sort').selectOption({ label: 'Most claims' })
    const most = notes.toSorted((a, b) => b.claims - a.claims)[0]!
    await expect(page.locator('[data-library] [data-library-note]').first()).toHaveAttribute(
      'data-library-note',
      most.slug,
    )
    await page.getByLabel('Sort').selectOption({ label: 'Longest span' })
    const longest = notes.toSorted(
      (a, b) => (b.span ? b.span[1] - b.span[0] : -1) - (a.span ? a.span[1] - a.span[0] : -1),
    )[0]!
    await expect(page.locator('[data-library] [data-library-note]').first()).toHaveAttribute(
      'data-library-note',
      longest.slug,
    )
  })

  test('stills fall back to a quiet tile when i.ytimg.com cannot be reached', async ({
    page,
    problems,
  }) => {
    // No stand-in served: the network guard aborts the stills, as offline.
    await page.goto('/#/')
    const first = page.locator('[data-library] [data-library-note]').first()
    await expect(first).toBeVisible()
    const still = first.locator('[data-thumbnail]')
    const before = await still.boundingBox()
    await expect(still).toHaveAttribute('data-thumbnail', 'placeholder')
    await expect(still.locator('img')).toHaveCount(0)
    // The box kept its size: nothing shifted.
    expect(await still.boundingBox()).toEqual(before)
    await page.screenshot({ path: `${SCREENSHOTS}/library-offline-stills.png` })
    // Only the stills were stopped; the guard's log is then cleared for afterEach.
    expect(problems.blockedRequests.length).toBeGreaterThan(0)
    expect(problems.blockedRequests.every((url) => THUMBNAIL_URL.test(url))).toBe(true)
    problems.blockedRequests.length = 0
    problems.consoleErrors = problems.consoleErrors.filter(
      (text) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(text),
    )
  })
})

test.describe('topics', () => {
  test('a real note’s link opens its topic, listing each linking claim by time', async ({
    page,
  }) => {
    await page.goto(`/#/n/${CURVE_WAR}`)
    const link = page.locator(`article [data-wikilink="${CURVE_TOPIC}"]`).first()
    await expect(link).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(new RegExp(`#/t/${CURVE_TOPIC}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Understanding curve and its importance',
    )
    await expect(page.getByRole('heading', { name: '10 claims in 1 note link here' })).toBeVisible()
    const claims = page.locator(`[data-topic-links] a[href^="#/n/${CURVE_WAR}?claim="]`)
    await expect(claims).toHaveCount(10)
  })

  test('a topic shared by several notes lists their claims, and a click opens the note at the claim', async ({
    page,
  }) => {
    await page.goto(`/#/n/${CHEMISTRY}`)
    // "Reduction Firing" names no note: the link opens its topic.
    await page.locator('article [data-wikilink="Reduction Firing"]').click()
    await expect(page).toHaveURL(/#\/t\/Reduction%20Firing$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reduction Firing')
    await expect(
      page.getByRole('heading', { name: '2 claims and 1 passage in 3 notes link here' }),
    ).toBeVisible()
    const fromChemistry = page.locator(`[data-topic-links] a[href="#/n/${CHEMISTRY}?claim=t1025"]`)
    await expect(fromChemistry).toContainText('17:05')
    const fromField = page.locator(`[data-topic-links] a[href="#/n/${FIELD_NOTES}?claim=t1445"]`)
    await expect(fromField).toContainText('24:05')
    await expect(fromField).toContainText('The apple ash ran the furthest under reduction.')

    await fromField.click()
    await expect(page).toHaveURL(new RegExp(`#/n/${FIELD_NOTES}\\?claim=t1445$`))
    const claim = page.locator(`article[data-note="${FIELD_NOTES}"] [data-claim-id="t1445"]`)
    await expect(claim).toBeFocused()
    await expect(claim).toHaveAttribute('data-primary', '')
  })

  test('a topic with a page of its own shows its text first; spellings and accents meet', async ({
    page,
  }) => {
    await page.goto('/#/t/ash_glazes')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ash glazes')
    await expect(page.locator('[data-topic-text]')).toContainText('the oldest glaze there is')
    // [[ash_glazes]], [[Ash Glazes]] and [[ash glazes]] are one topic.
    await expect(page.locator('[data-topic-links]')).toHaveAttribute('data-count', '3')
    await page.goto('/#/t/rias%20baixas')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rías Baixas')
    await expect(
      page.locator(`[data-topic-links] a[href="#/n/${FIELD_NOTES}?claim=t1650"]`),
    ).toBeVisible()
  })

  test('an empty topic says so and how a note links to it', async ({ page }) => {
    await page.goto('/#/t/Nothing%20links%20here')
    await expect(page.locator('[data-topic-links]')).toContainText(
      'No claim in the library links to “Nothing links here” yet.',
    )
  })

  test('a note’s channel (its From: link) opens the channel’s page with its notes', async ({
    page,
  }) => {
    await serveThumbnails(page)
    const lex = (await vaultNotes(page)).filter((n) => n.channel === 'lexfridman')
    await page.goto(`/#/n/${lex[0]!.slug}`)
    await page.locator('header [data-channel-link="lexfridman"]').click()
    await expect(page).toHaveURL(/#\/t\/lexfridman$/)
    const region = page.getByRole('region', { name: 'Notes from this channel' })
    await expect(region.locator('[data-library-note]')).toHaveCount(lex.length)
    // The index's channel heading leads there too.
    await page.goto('/#/')
    await page.locator('[data-library-channel="Clay and Fire"]').click()
    await expect(
      page.getByRole('region', { name: 'Notes from this channel' }).locator('[data-library-note]'),
    ).toHaveCount(3)
  })
})

test.describe('backlinks', () => {
  test('a note lists the claims elsewhere that link to it, each opening its claim', async ({
    page,
  }) => {
    await page.goto(`/#/n/${CHEMISTRY}`)
    const backlinks = page.locator('[data-backlinks]')
    await expect(backlinks).toBeVisible()
    await expect(backlinks.getByRole('heading', { name: 'Linked from' })).toBeVisible()
    const link = backlinks.locator(`a[href="#/n/${FIELD_NOTES}?claim=t405"]`)
    await expect(link).toContainText('6:45')
    await expect(link).toContainText('Washing the ash takes out the soluble salts')
    await expect(link).toContainText('Collecting ash')
    // The note's own links to itself are not backlinks.
    await expect(backlinks.locator(`a[href^="#/n/${CHEMISTRY}"]`)).toHaveCount(0)

    await link.click()
    const claim = page.locator(`article[data-note="${FIELD_NOTES}"] [data-claim-id="t405"]`)
    await expect(claim).toBeFocused()
    await expect(claim).toHaveAttribute('data-primary', '')
    // And back: the field notes are linked from the chemistry note, in a claim and in prose.
    await expect(
      page.locator(`[data-backlinks] a[href="#/n/${CHEMISTRY}?claim=t1910"]`),
    ).toBeVisible()
    await expect(page.locator(`[data-backlinks] a[href="#/n/${CHEMISTRY}"]`).last()).toContainText(
      'in text',
    )
  })

  test('a note nothing links to shows no backlinks at all', async ({ page }) => {
    // A fresh page must fetch the link shards that could name this note; once
    // they have all arrived (and a frame has passed), still no empty heading.
    const shards = { asked: 0, arrived: 0 }
    page.on('request', (request) => void (isShard(request.url()) && shards.asked++))
    page.on('requestfinished', (request) => void (isShard(request.url()) && shards.arrived++))
    await page.goto(`/#/n/${SOURDOUGH}`)
    await expect(page.locator(`article[data-note="${SOURDOUGH}"]`)).toBeVisible()
    await expect.poll(() => shards.arrived).toBeGreaterThan(0)
    await expect.poll(() => shards.asked - shards.arrived).toBe(0)
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    await expect(page.locator('[data-backlinks]')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Linked from' })).toHaveCount(0)
  })

  test('the reader’s header leads back to the library', async ({ page }) => {
    await serveThumbnails(page)
    await page.goto(`/#/n/${CHEMISTRY}`)
    await page.getByRole('link', { name: 'Library: all notes' }).click()
    await expect(page).toHaveURL(/#\/$/)
    await expect(page.locator('[data-library]')).toBeVisible()
  })
})

test.describe('axe and screens', () => {
  for (const [name, path, ready] of [
    ['index', '/#/', '[data-library] [data-library-note]'],
    ['topic', '/#/t/reduction_firing', '[data-topic-links] a'],
    ['page topic', '/#/t/ash-glazes', '[data-topic-text]'],
    ['channel', '/#/t/Clay%20and%20Fire', '[data-topic] [data-library-note]'],
  ] as const) {
    test(`axe finds nothing on the ${name} page, light and dark`, async ({ page }) => {
      await serveThumbnails(page)
      await page.goto(path)
      await expect(page.locator(ready).first()).toBeVisible()
      expect(await violations(page), `${name}, light`).toEqual([])
      await useScheme(page, 'dark')
      expect(await violations(page, COLOUR_RULES), `${name}, dark`).toEqual([])
    })
  }

  for (const [screen, viewport] of Object.entries(FOUR_SCREENS)) {
    test(`the index, a topic and backlinks fit a ${screen}`, async ({ page }) => {
      await serveThumbnails(page)
      await page.setViewportSize(viewport)
      for (const scheme of ['light', 'dark'] as const) {
        await useScheme(page, scheme)
        await page.goto('/#/')
        await expect(page.locator('[data-library] [data-library-note]').first()).toBeVisible()
        await expect(page.locator('[data-library] img').first()).toBeVisible()
        await expectNoSideways(page)
        await page.screenshot({ path: `${SCREENSHOTS}/library-${screen}-${scheme}.png` })

        await page.goto('/#/t/reduction_firing')
        await expect(page.locator('[data-topic-links] a').first()).toBeVisible()
        await expectNoSideways(page)
        await page.screenshot({ path: `${SCREENSHOTS}/library-topic-${screen}-${scheme}.png` })
      }
      await page.goto(`/#/n/${CHEMISTRY}`)
      const backlinks = page.locator('[data-backlinks]')
      await expect(backlinks).toBeVisible()
      await backlinks.scrollIntoViewIfNeeded()
      await expect(backlinks.locator('a').first()).toBeInViewport()
      await page.screenshot({ path: `${SCREENSHOTS}/library-backlinks-${screen}.png` })
    })
  }
})

/** Nothing is wider than the screen: the page never scrolls sideways. */
async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}
