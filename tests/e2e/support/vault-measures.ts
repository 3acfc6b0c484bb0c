// A generated 1,000-note vault in the browser (DESIGN §6, issue 9): built
// with `vite build` from tests/bench/generate-vault.ts, served by Vite's
// preview in this process on a free port, and measured the way a person uses
// it — the index loading, typing in its box, the first claim the search
// finds, a note's backlinks and what it fetched for them. Shared by
// vault-1000.spec.ts (which asserts) and tests/bench/build-vault.bench.ts
// (which reports).
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'
import { preview } from 'vite'
import { listNoteFiles } from '../../../src/build/compile-notes.ts'
import { type MainThreadTask, startTaskTrace, stopTaskTrace } from './main-thread-tasks.ts'

const REPO = fileURLToPath(new URL('../../..', import.meta.url))
const VITE = `${REPO}node_modules/vite/bin/vite.js`

/** How often each wikilink target is written in the vault's files, as written. */
export function countLinkTargets(vault: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const file of listNoteFiles(vault))
    for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(
      /\[\[([^\]|]+?)\s*(?:\|[^\]]*)?\]\]/g,
    ))
      counts.set(target, (counts.get(target) ?? 0) + 1)
  return counts
}

/** The generated note (`note_…`) most often linked to by its slug. */
export function mostLinkedNote(vault: string): string {
  const [slug] = [...countLinkTargets(vault)]
    .filter(([target]) => target.startsWith('note_'))
    .toSorted((a, b) => b[1] - a[1])[0] ?? ['']
  return slug
}

/**
 * Builds the app on the vault into `outDir` once per test run: the workers of
 * one run (a retry, or the next test after a failure, starts a new one) share
 * the runner as their parent process, whose id the build leaves behind.
 * Returns the seconds the build took, or null when it was already built.
 */
export async function buildVaultOnce(vault: string, outDir: string): Promise<number | null> {
  const stamp = join(outDir, '.built-for-run')
  const run = String(process.ppid)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return null
  const seconds = await buildVault(vault, outDir)
  writeFileSync(stamp, run)
  return seconds
}

/** Builds the app on the vault at `vault` into `outDir`; seconds it took. */
export function buildVault(vault: string, outDir: string): Promise<number> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: REPO, env: { ...process.env, LOCKSTEP_CONTENT: vault }, maxBuffer: 1 << 24 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`vite build failed: ${stderr}`, { cause: error }))
          : resolve((performance.now() - start) / 1000),
    )
  })
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      probe.close(() => resolve(true)),
    )
  })
}

/** Serves a built site with `vite preview` on the first free port from `from`. */
export async function serveBuilt(
  outDir: string,
  from: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  let port = from
  while (!(await isFree(port))) port++
  const server = await preview({
    root: REPO,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  )

export interface IndexLoad {
  /** Milliseconds from navigation start to every card in the DOM. */
  readonly allCardsMs: number
  /** Milliseconds from the first mark to DOMContentLoaded: the app's script has run by then. */
  readonly appStartedMs: number
  readonly cards: number
  readonly tasks: readonly MainThreadTask[]
}

/** Opens the index and waits for all `cards`; the main thread's tasks meanwhile. */
export async function measureIndexLoad(
  browser: Browser,
  page: Page,
  url: string,
  cards: number,
): Promise<IndexLoad> {
  await page.addInitScript(() => {
    performance.mark('e2e:navigated')
    document.addEventListener('DOMContentLoaded', () => performance.mark('e2e:app-started'))
  })
  await startTaskTrace(browser, page)
  await page.goto(`${url}#/`)
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-library] [data-library-note]').length === n,
    cards,
    { polling: 'raf', timeout: 30_000 },
  )
  const allCardsMs = await page.evaluate(() => performance.now())
  const appStartedMs = await page.evaluate(
    () =>
      performance.getEntriesByName('e2e:app-started')[0]!.startTime -
      performance.getEntriesByName('e2e:navigated')[0]!.startTime,
  )
  await nextFrames(page)
  await page.evaluate(() => performance.mark('e2e:index-shown'))
  const tasks = await stopTaskTrace(browser, 'e2e:navigated', 'e2e:index-shown')
  return { allCardsMs, appStartedMs, cards, tasks }
}

export interface Filtering {
  /** Milliseconds from the first key to the list narrowed to the typed words. */
  readonly narrowedMs: number
  readonly tasks: readonly MainThreadTask[]
}

/**
 * Types `words` into the index's box, a key every `delay` ms, on an index
 * already shown; waits until the count says `expected`; the tasks meanwhile.
 */
export async function measureFiltering(
  browser: Browser,
  page: Page,
  words: string,
  expected: RegExp,
  delay = 60,
): Promise<Filtering> {
  const box = page.locator('[data-library-filter]')
  await box.focus()
  await startTaskTrace(browser, page)
  const start = await page.evaluate(() => performance.mark('e2e:typing').startTime)
  await box.pressSequentially(words, { delay })
  await page.locator('[data-library-count]').filter({ hasText: expected }).waitFor()
  const narrowedMs = (await page.evaluate(() => performance.now())) - start
  await nextFrames(page)
  await page.evaluate(() => performance.mark('e2e:filtered'))
  return { narrowedMs, tasks: await stopTaskTrace(browser, 'e2e:typing', 'e2e:filtered') }
}

export interface FirstResult {
  /** Milliseconds from the first key in the box to the first claim found on screen. */
  readonly firstResultMs: number
  /** Bytes of the search index fetched, as sent and gzipped. */
  readonly indexBytes: number
  readonly indexGzip: number
  /** The main thread's tasks from the first key to the first claim shown. */
  readonly tasks: readonly MainThreadTask[]
}

/** On an index already shown, types a word and waits for the first claim the search finds. */
export async function measureFirstResult(
  browser: Browser,
  page: Page,
  word: string,
): Promise<FirstResult> {
  const fetched = page.waitForResponse(/library\/search-[0-9a-f]+\.json$/)
  const found = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-search-result]') === null) return
          observer.disconnect()
          resolve(performance.now())
        }).observe(document.body, { childList: true, subtree: true })
      }),
  )
  const box = page.locator('[data-library-filter]')
  await box.focus()
  await startTaskTrace(browser, page)
  const start = await page.evaluate(() => performance.mark('e2e:first-key').startTime)
  await box.pressSequentially(word, { delay: 60 })
  const body = await (await fetched).body()
  const firstResultMs = (await found) - start
  await nextFrames(page)
  await page.evaluate(() => performance.mark('e2e:first-result'))
  return {
    firstResultMs,
    indexBytes: body.length,
    indexGzip: gzipSync(body).length,
    tasks: await stopTaskTrace(browser, 'e2e:first-key', 'e2e:first-result'),
  }
}

export interface NotePage {
  /** Milliseconds from navigation start to the backlinks shown. */
  readonly backlinksMs: number
  /** The links files the page fetched, as sent and gzipped. */
  readonly linkFiles: number
  readonly linkBytes: number
  readonly linkGzip: number
  /** The claims listed under "Linked from". */
  readonly backlinks: number
}

/** Opens a note that others link to and waits for its backlinks; what it fetched for them. */
export async function measureNotePage(page: Page, url: string, slug: string): Promise<NotePage> {
  const bodies: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (/\/library\/links-/.test(response.url())) bodies.push(response.body())
  })
  await page.goto(`${url}#/n/${slug}`)
  await page.locator('[data-backlinks] a[data-linked-claim]').first().waitFor({ timeout: 30_000 })
  const backlinksMs = await page.evaluate(() => performance.now())
  const files = await Promise.all(bodies)
  return {
    backlinksMs,
    linkFiles: files.length,
    linkBytes: files.reduce((sum, body) => sum + body.length, 0),
    linkGzip: files.reduce((sum, body) => sum + gzipSync(body).length, 0),
    backlinks: await page.locator('[data-backlinks] a[data-linked-claim]').count(),
  }
}

/** A task as printed: `at ms: wall / CPU`. */
export function describeTasks(tasks: readonly MainThreadTask[], overCpuMs: number): string {
  const over = tasks.filter((task) => task.cpuMs > overCpuMs)
  const busiest = Math.max(0, ...tasks.map((task) => task.cpuMs))
  const top = tasks.toSorted((a, b) => b.cpuMs - a.cpuMs).slice(0, 3)
  return `${tasks.length} tasks, busiest ${busiest.toFixed(1)} ms CPU (top 3 at: wall / CPU ${JSON.stringify(top.map((t) => `${Math.round(t.at)}: ${Math.round(t.wallMs)} / ${Math.round(t.cpuMs)}`))}); over ${overCpuMs} ms CPU (at: wall / CPU): ${JSON.stringify(over.map((t) => `${Math.round(t.at)}: ${Math.round(t.wallMs)} / ${Math.round(t.cpuMs)}`))}`
}
