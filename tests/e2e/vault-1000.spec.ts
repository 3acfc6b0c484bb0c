// A vault of 1,000 generated notes (issue 9; DESIGN §6): the index renders
// and filters without a main-thread task over 50 ms of CPU, a note fetches
// only the shards of links that can lead to it, and topic and channel pages
// still gather every link. The vault is generated and built here
// (tests/bench/generate-vault.ts, `vite build`, ~30 s cold on 2 cores; the
// compile cache makes it ~10 s warm) and served on a free port from
// $E2E_VAULT_PORT (default 4190); E2E_VAULT_DIST=<folder> serves a build
// made before instead. Measurements are printed for the report.
import { fileURLToPath } from 'node:url'
import { generateVault } from '../bench/generate-vault.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { serveThumbnails } from './support/thumbnails.ts'
import {
  buildVaultOnce,
  countLinkTargets,
  describeTasks,
  measureFiltering,
  measureFirstResult,
  measureIndexLoad,
  measureNotePage,
  mostLinkedNote,
  serveBuilt,
} from './support/vault-measures.ts'

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url))
const VAULT = `${RESULTS}vault-1000`
const NOTES = 1000
/** generate-vault.ts writes 10 plain pages (topics) and the rest video notes. */
const VIDEO_NOTES = 990
/** The CPU a main-thread task may take (DESIGN §6: no long task, > 50 ms). */
const LONG_TASK_MS = 50

let server: { url: string; close: () => Promise<void> } | null = null

// In order, in one worker at a time (the build and the server are the file's).
test.describe.configure({ mode: 'default' })
test.use({ viewport: { width: 1366, height: 850 } })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  generateVault(VAULT, NOTES)
  const given = process.env['E2E_VAULT_DIST']
  const dist = given ?? `${RESULTS}vault-1000-dist`
  if (!given) {
    const seconds = await buildVaultOnce(VAULT, dist)
    // oxlint-disable-next-line no-console
    console.log(
      seconds === null ? 'vault: built already' : `vault: built in ${seconds.toFixed(1)} s`,
    )
  }
  server = await serveBuilt(dist, Number(process.env['E2E_VAULT_PORT'] ?? 4190))
})

test.afterAll(async () => {
  await server?.close()
})

test.beforeEach(async ({ page }) => {
  await serveThumbnails(page)
})

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

const url = () => server?.url ?? ''

test('the index of 1,000 notes renders, then filters as you type, without a long task', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000)
  const load = await measureIndexLoad(browser, page, url(), VIDEO_NOTES)
  const filtering = await measureFiltering(browser, page, 'harbour pilot', /of 990 notes/)
  // oxlint-disable-next-line no-console
  console.log(
    [
      `index: app started at ${load.appStartedMs.toFixed(0)} ms, every card in ${load.allCardsMs.toFixed(0)} ms; ${describeTasks(load.tasks, LONG_TASK_MS)}`,
      `filtering: narrowed in ${filtering.narrowedMs.toFixed(0)} ms; ${describeTasks(filtering.tasks, LONG_TASK_MS)}`,
    ].join('\n'),
  )
  await expect(page.locator('[data-library] [data-library-note]').first()).toBeVisible()
  // Counted in the page's own work: on a shared 2-core machine a task can take
  // 100 ms of wall time with 3 ms of CPU (see main-thread-tasks.ts).
  expect(load.tasks.filter((task) => task.cpuMs > LONG_TASK_MS)).toEqual([])
  expect(filtering.tasks.filter((task) => task.cpuMs > LONG_TASK_MS)).toEqual([])
})

test('the search finds a claim among 1,000 notes', async ({ page, browser }) => {
  await page.goto(`${url()}#/`)
  await expect(page.locator('[data-library] [data-library-note]')).toHaveCount(VIDEO_NOTES)
  const first = await measureFirstResult(browser, page, 'lighthouse')
  // oxlint-disable-next-line no-console
  console.log(
    `search: first claim found ${first.firstResultMs.toFixed(0)} ms after the first key; index ${(first.indexBytes / 1024).toFixed(0)} KB, ${(first.indexGzip / 1024).toFixed(0)} KB gzip; ${describeTasks(first.tasks, LONG_TASK_MS)}`,
  )
  await expect(page.locator('[data-search-result]').first()).toContainText(/lighthouse/i)
})

test('a note fetches only the links that can lead to it, and lists its backlinks', async ({
  page,
}) => {
  const slug = mostLinkedNote(VAULT)
  const note = await measureNotePage(page, url(), slug)
  // oxlint-disable-next-line no-console
  console.log(
    `note ${slug}: ${note.backlinks} backlinks shown ${note.backlinksMs.toFixed(0)} ms after navigation; ${note.linkFiles} links files, ${(note.linkBytes / 1024).toFixed(1)} KB, ${(note.linkGzip / 1024).toFixed(1)} KB gzip`,
  )
  expect(note.backlinks).toBeGreaterThan(0)
  // The links of the whole vault are 6.9 MB; a note's shards, a few KB.
  expect(note.linkFiles).toBeLessThanOrEqual(3)
  expect(note.linkBytes).toBeLessThan(64 * 1024)
})

test('a topic gathers every link to it, and a channel its notes', async ({ page }) => {
  const counts = countLinkTargets(VAULT)
  await page.goto(`${url()}#/t/tidal_range`)
  await expect(page.locator('[data-topic-links]')).toHaveAttribute(
    'data-count',
    String(counts.get('tidal_range')),
  )
  await expect(page.locator('h1')).toHaveText('Tidal Range')

  // A channel's page lists its notes: one `From: [[Coastline Talks]]` line each.
  const channel = 'Coastline Talks'
  await page.goto(`${url()}#/t/${encodeURIComponent(channel)}`)
  await expect(
    page.getByRole('region', { name: 'Notes from this channel' }).locator('[data-library-note]'),
  ).toHaveCount(counts.get(channel) ?? -1)
})
