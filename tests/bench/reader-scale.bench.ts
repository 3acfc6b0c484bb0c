// Reader-scale benchmark (DESIGN §6, issue 9): the reader on a 10,000-claim
// note beside the seed note (29 claims), measured in the same run.
//
//   npx tsx tests/bench/reader-scale.bench.ts [--runs N] [--play-ms MS]
//
// How:
// - A vault of content/ and the generated note of tests/e2e/support/scale-note.ts
//   (10,080 claims over three hours, sections out of video order), built with
//   Vite's `build()` into a temporary folder and served with `preview()` on a
//   free port from $SCALE_BENCH_PORT (default 4283). The big note is compiled
//   into the build's cache first, as the browser tests do.
// - Chromium offline, YouTube answered by the test fake (rates up to 16×, a
//   report every 50 ms so that 16× stays within getCurrentTime's 1 s
//   extrapolation). One fresh context per run and note.
// - Open: time from navigation to the first claim painted (a mark in the frame
//   after it appears), time until every claim is in the DOM, and the page's
//   main-thread tasks over 50 ms of CPU time meanwhile (a Chromium trace:
//   tests/e2e/support/main-thread-tasks.ts).
// - Play: from the moment the note is whole and a second has passed, play at
//   16× for --play-ms (default 6000): tasks over 50 ms of CPU, the busiest
//   task, and the main thread's CPU and the script time (CDP
//   Performance.getMetrics) per animation frame.
// - Medians of --runs runs (default 3); wall times are printed beside CPU
//   times, since on a shared machine wall time mostly measures the neighbours.
// Report: bench/reader-scale.json (tests/bench/bench-report.ts), and a table.
import { mkdirSync, mkdtempSync, rmSync, cpSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from '@playwright/test'
import { build, type PreviewServer, preview } from 'vite'
import { compileIntoBuildCache } from '../e2e/support/assemble-vault.ts'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts'
import { startTaskTrace, stopTaskTrace } from '../e2e/support/main-thread-tasks.ts'
import { blockTheInternet, serveFakeYouTube } from '../e2e/support/network.ts'
import {
  SCALE_CLAIMS,
  SCALE_DURATION_S,
  SCALE_SLUG,
  SCALE_VIDEO_ID,
  scaleNoteMarkdown,
} from '../e2e/support/scale-note.ts'
import { type BenchFigure, machineInfo, median, writeReport } from './bench-report.ts'
import { printTable } from './print-table.ts'
import { findFreePort } from './free-port.ts'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const SEED = { slug: 'collaboration-between-space-agencies', claims: 29 }
const SCALE = { slug: SCALE_SLUG, claims: SCALE_CLAIMS }
const FIRST_PORT = Number(process.env['SCALE_BENCH_PORT'] ?? 4283)
const LONG_TASK_MS = 50

interface Options {
  readonly runs: number
  readonly playMs: number
}

interface Run {
  readonly visibleMs: number
  readonly builtMs: number
  readonly loadLongTasks: number
  readonly loadBusiestCpuMs: number
  readonly playLongTasks: number
  readonly playBusiestCpuMs: number
  readonly playBusiestWallMs: number
  readonly cpuPerFrameMs: number
  readonly scriptPerFrameMs: number
  readonly frames: number
  readonly videoSeconds: number
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(name)
    const n = at === -1 ? fallback : Number(argv[at + 1])
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} takes a positive number`)
    return n
  }
  return { runs: value('--runs', 3), playMs: value('--play-ms', 6000) }
}

async function buildAndServe(work: string): Promise<{ server: PreviewServer; url: string }> {
  const vault = join(work, 'vault')
  mkdirSync(join(vault, 'generated'), { recursive: true })
  cpSync(join(REPO, 'content'), join(vault, 'content'), { recursive: true })
  const note = join(vault, 'generated', `${SCALE_SLUG}.md`)
  writeFileSync(note, scaleNoteMarkdown())
  await compileIntoBuildCache(note)
  process.env['LOCKSTEP_CONTENT'] = vault
  const outDir = join(work, 'dist')
  await build({ root: REPO, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  const port = await findFreePort(FIRST_PORT)
  const server = await preview({
    root: REPO,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  })
  return { server, url: `http://127.0.0.1:${port}/` }
}

async function openPage(browser: Browser, base: string, slug: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await blockTheInternet(context)
  await serveFakeYouTube(context, {
    durations: { [SCALE_VIDEO_ID]: SCALE_DURATION_S },
    playbackRates: [0.25, 0.5, 1, 1.5, 2, 4, 8, 16],
    reportIntervalMs: 50,
  })
  // A string, not a function: tsx's helpers do not exist in the page.
  await context.addInitScript(`
    performance.mark('bench:start')
    window.benchFrames = 0
    const count = () => { window.benchFrames++; requestAnimationFrame(count) }
    requestAnimationFrame(count)
    const look = () => {
      if (!document.querySelector('article[data-note] [data-claim-id]')) return requestAnimationFrame(look)
      requestAnimationFrame(() => performance.mark('bench:visible'))
    }
    requestAnimationFrame(look)
  `)
  const page = await context.newPage()
  return { context, page, url: `${base}#/n/${slug}` }
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name)

async function measureOnce(
  browser: Browser,
  base: string,
  note: { slug: string; claims: number },
  playMs: number,
): Promise<Run> {
  const { context, page, url } = await openPage(browser, base, note.slug)
  try {
    await startTaskTrace(browser, page)
    await page.goto(url)
    const claims = page.locator(`article[data-note="${note.slug}"] [data-claim-id]`)
    await page.waitForFunction(
      (n) => document.querySelectorAll('article[data-note] [data-claim-id]').length === n,
      note.claims,
      { timeout: 180_000, polling: 250 },
    )
    await page.evaluate(() => performance.mark('bench:built'))
    const loadTasks = await stopTaskTrace(browser, 'bench:start', 'bench:built')
    const visibleMs = await markTime(page, 'bench:visible')
    const builtMs = await markTime(page, 'bench:built')
    await claims.first().waitFor()
    await page.waitForFunction(() => window['__fakeYouTube']?.isReady() === true)
    await page.waitForTimeout(1000)

    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const metric = async (name: string) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0
    await startTaskTrace(browser, page)
    const script0 = await metric('ScriptDuration')
    const frames0 = await page.evaluate(
      () => (window as unknown as { benchFrames: number }).benchFrames,
    )
    await page.evaluate(() => {
      performance.mark('bench:play')
      const fake = window['__fakeYouTube']!
      fake.userPlay()
      ;(fake.players.at(-1) as { setPlaybackRate(rate: number): void }).setPlaybackRate(16)
    })
    await page.waitForTimeout(playMs)
    await page.evaluate(() => performance.mark('bench:played'))
    const frames =
      (await page.evaluate(() => (window as unknown as { benchFrames: number }).benchFrames)) -
      frames0
    const script = (await metric('ScriptDuration')) - script0
    const playTasks = await stopTaskTrace(browser, 'bench:play', 'bench:played')
    const videoSeconds = await page.evaluate(() => window['__fakeYouTube']!.trueTime())
    const long = (tasks: typeof playTasks) => tasks.filter((t) => t.cpuMs > LONG_TASK_MS)
    const busiest = (tasks: typeof playTasks, key: 'cpuMs' | 'wallMs') =>
      Math.max(0, ...tasks.map((t) => t[key]))
    return {
      visibleMs,
      builtMs,
      loadLongTasks: long(loadTasks).length,
      loadBusiestCpuMs: busiest(loadTasks, 'cpuMs'),
      playLongTasks: long(playTasks).length,
      playBusiestCpuMs: busiest(playTasks, 'cpuMs'),
      playBusiestWallMs: busiest(playTasks, 'wallMs'),
      cpuPerFrameMs: playTasks.reduce((sum, t) => sum + t.cpuMs, 0) / Math.max(1, frames),
      scriptPerFrameMs: (script * 1000) / Math.max(1, frames),
      frames,
      videoSeconds,
    }
  } finally {
    await context.close()
  }
}

const FIGURES: readonly {
  key: keyof Run
  figure: string
  unit: string
  budget?: (value: number) => { text: string; pass: boolean }
}[] = [
  {
    key: 'visibleMs',
    figure: 'open: note visible after navigation',
    unit: 'ms',
    budget: (v) => ({ text: '≤ 1500 ms', pass: v <= 1500 }),
  },
  { key: 'builtMs', figure: 'open: every claim in the DOM', unit: 'ms' },
  { key: 'loadLongTasks', figure: 'open: tasks over 50 ms CPU', unit: 'count' },
  { key: 'loadBusiestCpuMs', figure: 'open: busiest task (CPU)', unit: 'ms' },
  {
    key: 'playLongTasks',
    figure: '16×: tasks over 50 ms CPU',
    unit: 'count',
    budget: (v) => ({ text: '0', pass: v === 0 }),
  },
  { key: 'playBusiestCpuMs', figure: '16×: busiest task (CPU)', unit: 'ms' },
  { key: 'playBusiestWallMs', figure: '16×: busiest task (wall)', unit: 'ms' },
  { key: 'cpuPerFrameMs', figure: '16×: main-thread CPU per frame', unit: 'ms' },
  { key: 'scriptPerFrameMs', figure: '16×: script per frame', unit: 'ms' },
]

async function main(options: Options): Promise<void> {
  const machine = machineInfo()
  console.log(
    `Reader-scale benchmark — ${machine.cores} cores, load ${machine.load}, ${options.runs} runs, ${options.playMs} ms at 16×`,
  )
  const work = mkdtempSync(join(tmpdir(), 'lockstep-scale-bench-'))
  let server: PreviewServer | null = null
  let browser: Browser | null = null
  try {
    const served = await buildAndServe(work)
    server = served.server
    const executablePath = findChromium()
    browser = await chromium.launch({
      ...(executablePath === undefined ? {} : { executablePath }),
      args: CHROMIUM_ARGS,
    })
    const runs: Record<'scale' | 'seed', Run[]> = { scale: [], seed: [] }
    // Alternating, so the machine's load drifts over both alike.
    for (let i = 0; i < options.runs; i++) {
      runs.seed.push(await measureOnce(browser, served.url, SEED, options.playMs))
      runs.scale.push(await measureOnce(browser, served.url, SCALE, options.playMs))
      console.log(`run ${i + 1}/${options.runs} done`)
    }
    const med = (list: Run[], key: keyof Run) => median(list.map((r) => r[key]))
    const figures: BenchFigure[] = FIGURES.map(({ key, figure, unit, budget }) => {
      const value = med(runs.scale, key)
      const verdict = budget?.(value)
      return {
        figure: `${figure}, ${SCALE.claims} claims`,
        value: Number(value.toFixed(1)),
        unit,
        baseline: {
          label: `seed note (${SEED.claims} claims)`,
          value: Number(med(runs.seed, key).toFixed(1)),
        },
        ...(verdict ? { budget: verdict.text, pass: verdict.pass } : {}),
        note: `median of ${options.runs}; video played ${med(runs.scale, 'videoSeconds').toFixed(0)} s in ${options.playMs} ms (${med(runs.scale, 'frames').toFixed(0)} frames)`,
      }
    })
    printTable(
      ['figure', '10k note', 'seed note', 'unit', 'budget'],
      figures.map((f) => [
        f.figure,
        f.value.toFixed(1),
        f.baseline?.value.toFixed(1) ?? '',
        f.unit,
        f.budget ? `${f.budget} ${f.pass ? 'ok' : 'OVER'}` : '',
      ]),
    )
    const path = writeReport({
      name: 'reader-scale',
      title: 'The reader at 10,000 claims: open and 16× playback',
      measuredAt: new Date().toISOString(),
      machine,
      figures,
    })
    console.log(`report: ${path}`)
  } finally {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
}

main(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
