// Highlight-lag benchmark (DESIGN §6): how long after the player's time crosses
// a citation boundary the note's highlight (`data-active`) changes, for the
// product's frame loop against the 250 ms polling baseline (the same app built
// with tests/bench/poll-250-schedule.ts in place of its frame schedule,
// what Able Player and video.js do), in the same run. Also counts DOM mutations
// and React commits while playing inside one window, where there should be none.
//
//   npx tsx tests/bench/highlight-lag.bench.ts [--boundaries N] [--sequential] [--verbose]
//
// How:
// - Always builds the app afresh with Vite's `build()` into a temporary folder
//   (never touching dist/, which other runs may be serving), and the baseline
//   into its `poll-250/` sub-folder, and serves both with Vite's `preview()` on
//   a free port from $LAG_BENCH_PORT (default 4183), in this process; all go
//   away on exit, error or Ctrl-C.
// - Chromium offline (every non-local request aborted), YouTube's IFrame API
//   answered by the test fake, reporting its time every 250 ms.
// - One page per mode, each in its own context. By default they run at the same
//   time, half a cycle apart, so machine noise hits both while their busy
//   moments (a scrub, a crossing) never overlap; `--sequential` runs one after
//   the other instead, to check that the pages do not slow each other down.
// - Boundaries come from the note's public DOM (`data-claim-times`) and the
//   window rule of DESIGN §2, computed here, not by the app: every window start
//   and end where the set of active claims changes. Eligible are those with no
//   other boundary within LEAD_MAX_S + 0.5 s before or 1 s after them (so the
//   run-up crosses nothing else and the change seen is this one's); N of them,
//   evenly spread over the video, are measured.
// - Each crossing: scrub the fake (a seek in YouTube's own controls) to
//   `boundary - lead`, lead in [3, 3.25) s, so the boundary comes ≥ 3 s after
//   the seek point (the player's stale report after a seek and the app's
//   seek handling are long settled). The leads spread evenly over one 250 ms
//   polling period (a golden-ratio sequence), since the baseline's phase would
//   otherwise be the same for every crossing. The in-page half
//   (highlight-lag.page.js) computes the crossing's wall time from the fake's
//   true-time line and timestamps the highlight change with a MutationObserver.
// - Percentiles are nearest-rank.
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test'
import { build, type Plugin, type PreviewServer, preview } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts'
import { blockTheInternet, serveFakeYouTube } from '../e2e/support/network.ts'
import { type BenchFigure, machineInfo, writeReport } from './bench-report.ts'
import { printTable } from './print-table.ts'
import { findFreePort } from './free-port.ts'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const PAGE_SCRIPT = fileURLToPath(new URL('./highlight-lag.page.js', import.meta.url))
const SLUG = 'collaboration-between-space-agencies'
const POLL_SCHEDULE = fileURLToPath(new URL('./poll-250-schedule.ts', import.meta.url))
const FIRST_PORT = Number(process.env['LAG_BENCH_PORT'] ?? 4183)
/** DESIGN §2: a citation's window lasts until the next later citation, at most this long. */
const DWELL_S = 60
const REPORT_INTERVAL_MS = 250
const LEAD_MIN_S = 3
const LEAD_SPREAD_S = 0.25
const LEAD_MAX_S = LEAD_MIN_S + LEAD_SPREAD_S
/** One crossing per page every CYCLE_MS: scrub, ~3.3 s of play, the change, slack. */
const CYCLE_MS = 3800
/** How long after the crossing a highlight change may come before it counts as missed. */
const CHANGE_TIMEOUT_MS = 1500
const QUIET_SETTLE_MS = 1500
const QUIET_MS = 10_000
const BUDGET_P95_MS = 20
const GOLDEN = (Math.sqrt(5) - 1) / 2

type Mode = 'frame' | 'poll-250'
const MODES: readonly Mode[] = ['frame', 'poll-250']

interface Options {
  readonly boundaries: number
  readonly sequential: boolean
  readonly verbose: boolean
}

interface Claim {
  readonly id: string
  readonly times: readonly number[]
}

interface Boundary {
  readonly at: number
  readonly before: readonly string[]
  readonly after: readonly string[]
}

interface CrossingItem extends Boundary {
  readonly lead: number
}

/** What highlight-lag.page.js returns for one crossing. */
type Crossing =
  | { readonly ok: false; readonly why: string }
  | {
      readonly ok: true
      readonly boundary: number
      readonly seekTo: number
      readonly crossAfterScrubMs: number
      readonly lagMs: number | null
      /** React commits from shortly before the crossing to the change: 1 if the hook works. */
      readonly commits: number
      /** When the task the change came in began (the app's read of the time), from the crossing. */
      readonly taskStartMs: number | null
      /** What kind of callback that task was: 'frame', 'interval' or 'timeout'. */
      readonly taskKind: string | null
      readonly beforeOk: boolean
      readonly afterOk: boolean
      readonly slopeError: number
      readonly lineErrorMs: number
      readonly stillPlaying: boolean
      readonly sampleSpreadMs: number
    }

interface Quiet {
  readonly seconds: number
  readonly mediaFrom: number
  readonly mediaTo: number
  readonly records: number
  readonly batches: number
  readonly commits: number
  readonly frames: number
  readonly sameActive: boolean
  readonly stillPlaying: boolean
}

declare global {
  interface Window {
    __lagBench?: {
      claims(): Claim[]
      commits(): number
      measureCrossing(item: {
        boundary: number
        lead: number
        before: readonly string[]
        after: readonly string[]
        scrubAtEpoch: number
        timeoutMs: number
      }): Promise<Crossing>
      measureQuiet(options: {
        seekTo: number
        startAtEpoch: number
        settleMs: number
        durationMs: number
      }): Promise<Quiet>
    }
  }
}

function parseOptions(argv: readonly string[]): Options {
  const at = argv.indexOf('--boundaries')
  const boundaries = at === -1 ? 26 : Number(argv[at + 1])
  if (!Number.isInteger(boundaries) || boundaries < 2)
    throw new Error('--boundaries takes a whole number ≥ 2, e.g. --boundaries 26')
  return {
    boundaries,
    sequential: argv.includes('--sequential'),
    verbose: argv.includes('--verbose'),
  }
}

// ---------------------------------------------------------------- boundaries

interface CitationWindow {
  readonly start: number
  readonly end: number
  readonly ids: readonly string[]
}

/** DESIGN §2: one window per distinct citation time c, `[c, min(next later time, c + dwell))`. */
function citationWindows(claims: readonly Claim[]): CitationWindow[] {
  const idsAt = new Map<number, Set<string>>()
  for (const claim of claims)
    for (const t of claim.times) idsAt.set(t, (idsAt.get(t) ?? new Set()).add(claim.id))
  const starts = [...idsAt.keys()].toSorted((a, b) => a - b)
  return starts.map((start, i) => ({
    start,
    end: Math.min(starts[i + 1] ?? Infinity, start + DWELL_S),
    ids: [...idsAt.get(start)!].toSorted(),
  }))
}

function activeAt(windows: readonly CitationWindow[], t: number): readonly string[] {
  return windows.find((w) => w.start <= t && t < w.end)?.ids ?? []
}

/** Every window start and end where the set of active claims changes. */
function activeSetChanges(windows: readonly CitationWindow[]): Boundary[] {
  const times = [...new Set(windows.flatMap((w) => [w.start, w.end]))]
    .filter(Number.isFinite)
    .toSorted((a, b) => a - b)
  return times
    .map((at) => ({ at, before: activeAt(windows, at - 1e-3), after: activeAt(windows, at) }))
    .filter((b) => b.before.join(' ') !== b.after.join(' '))
}

/** Boundaries whose run-up and aftermath cross no other boundary. */
function eligibleBoundaries(all: readonly Boundary[], duration: number): Boundary[] {
  return all.filter((b, i) => {
    const previous = all[i - 1]?.at ?? -Infinity
    const next = all[i + 1]?.at ?? Infinity
    return b.at - LEAD_MAX_S - 0.5 > Math.max(0, previous) && next > b.at + 1 && b.at < duration - 5
  })
}

/** `count` of them, evenly spread over the list (so over the video), first and last included. */
function spreadEvenly<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list]
  return Array.from({ length: count }, (_, i) => {
    return list[Math.round((i * (list.length - 1)) / (count - 1))]!
  })
}

/** The first window that has room for the settle time and the quiet stretch. */
function pickQuietWindow(windows: readonly CitationWindow[]): CitationWindow | null {
  const needed = (QUIET_SETTLE_MS + QUIET_MS) / 1000 + 3
  return (
    windows.filter((w) => w.end - w.start >= needed).toSorted((a, b) => a.start - b.start)[0] ??
    null
  )
}

// ---------------------------------------------------------------- statistics

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

interface Summary {
  readonly n: number
  readonly median: number
  readonly p95: number
  readonly max: number
  readonly min: number
  readonly missed: number
}

function summarise(crossings: readonly Crossing[]): Summary {
  const lags = crossings.flatMap((c) => (c.ok && c.lagMs !== null ? [c.lagMs] : []))
  const sorted = lags.toSorted((a, b) => a - b)
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
    missed: crossings.length - sorted.length,
  }
}

/** Crossings whose measurement itself is in doubt, each with the reason. */
function doubts(crossings: readonly Crossing[]): string[] {
  return crossings.flatMap((c) => {
    if (!c.ok) return [c.why]
    const why = [
      c.lagMs === null && `no highlight change within ${CHANGE_TIMEOUT_MS} ms`,
      !c.beforeOk && 'the highlight before the crossing was not the expected one',
      c.lagMs !== null && !c.afterOk && 'the highlight after the change was not the expected one',
      c.slopeError > 1e-3 && `true time ran at ${c.slopeError.toFixed(4)} off the rate`,
      c.lineErrorMs > 1 && `true time left its line by ${c.lineErrorMs.toFixed(2)} ms`,
      !c.stillPlaying && 'the fake stopped playing',
    ].filter((reason): reason is string => typeof reason === 'string')
    return why.map((reason) => `${c.boundary} s: ${reason}`)
  })
}

// ---------------------------------------------------------------- the server

/** Builds the baseline: the app's imports of its frame schedule get the 250 ms one instead. */
function pollEvery250(): Plugin {
  return {
    name: 'lag-bench-poll-250',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromApp = importer?.startsWith(join(REPO, 'src')) ?? false
      return fromApp && source.endsWith('/sync/schedule.ts') ? POLL_SCHEDULE : null
    },
  }
}

async function buildAndServe(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const started = performance.now()
  await build({ root: REPO, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  await build({
    root: REPO,
    logLevel: 'warn',
    plugins: [pollEvery250()],
    build: { outDir: join(outDir, 'poll-250'), emptyOutDir: true },
  })
  const built = performance.now()
  const port = await findFreePort(FIRST_PORT)
  const server = await preview({
    root: REPO,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  })
  const url = `http://127.0.0.1:${port}/`
  console.log(
    `built in ${((built - started) / 1000).toFixed(1)} s (vite build → ${outDir}), serving ${url}`,
  )
  return { server, url }
}

// ---------------------------------------------------------------- the pages

interface ModePage {
  readonly mode: Mode
  readonly context: BrowserContext
  readonly page: Page
  readonly problems: string[]
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function openMode(browser: Browser, base: string, mode: Mode): Promise<ModePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const problems: string[] = []
  const blocked = await blockTheInternet(context)
  await serveFakeYouTube(context, { reportIntervalMs: REPORT_INTERVAL_MS })
  await context.addInitScript({ path: PAGE_SCRIPT })
  const page = await context.newPage()
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)))
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  const folder = mode === 'poll-250' ? 'poll-250/' : ''
  await page.goto(`${base}${folder}#/n/${SLUG}`, { timeout: 15_000 })
  await page.waitForFunction(
    () => window['__fakeYouTube']?.players.length === 1 && window['__fakeYouTube'].isReady(),
    undefined,
    { timeout: 15_000 },
  )
  await page.locator('article[data-note] [data-claim-id]').first().waitFor({ timeout: 5_000 })
  const visibility = await page.evaluate(() => document.visibilityState)
  if (visibility !== 'visible') problems.push(`the page is ${visibility}: frames may be throttled`)
  if (blocked.length > 0) problems.push(`requests left the machine: ${blocked.join(', ')}`)
  return { mode, context, page, problems }
}

async function runCrossings(
  target: ModePage,
  items: readonly CrossingItem[],
  startEpoch: number,
  progress: (mode: Mode) => void,
): Promise<Crossing[]> {
  const results: Crossing[] = []
  let scrubAt = startEpoch
  for (const item of items) {
    const args = {
      boundary: item.at,
      lead: item.lead,
      before: item.before,
      after: item.after,
      scrubAtEpoch: scrubAt,
      timeoutMs: CHANGE_TIMEOUT_MS,
    }
    const result = await withTimeout(
      target.page.evaluate((a) => window['__lagBench']!.measureCrossing(a), args),
      Math.max(0, scrubAt - Date.now()) + 10_000,
      `${target.mode} crossing at ${item.at} s`,
    )
    results.push(result)
    progress(target.mode)
    // Keep the cycle; if a slow crossing overran it, start the next one a little later.
    scrubAt = Math.max(scrubAt + CYCLE_MS, Date.now() + 100)
  }
  return results
}

function runQuiet(target: ModePage, seekTo: number, startAtEpoch: number): Promise<Quiet> {
  const args = { seekTo, startAtEpoch, settleMs: QUIET_SETTLE_MS, durationMs: QUIET_MS }
  return withTimeout(
    target.page.evaluate((a) => window['__lagBench']!.measureQuiet(a), args),
    Math.max(0, startAtEpoch - Date.now()) + QUIET_SETTLE_MS + QUIET_MS + 5_000,
    `${target.mode} quiet stretch`,
  )
}

// ---------------------------------------------------------------- report

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a')
const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '∞×')

function printCrossings(results: ReadonlyMap<Mode, Crossing[]>): Map<Mode, Summary> {
  const summaries = new Map(MODES.map((mode) => [mode, summarise(results.get(mode) ?? [])]))
  printTable(
    ['mode', 'n', 'median ms', 'p95 ms', 'max ms', 'min ms', 'missed'],
    MODES.map((mode) => {
      const s = summaries.get(mode)!
      return [
        mode === 'frame' ? 'frame (ours)' : 'poll-250 (baseline)',
        String(s.n),
        fmt(s.median),
        fmt(s.p95),
        fmt(s.max),
        fmt(s.min),
        String(s.missed),
      ]
    }),
  )
  const ours = summaries.get('frame')!
  const baseline = summaries.get('poll-250')!
  console.log(
    `baseline/ours: median ${times(baseline.median, ours.median)}, p95 ${times(baseline.p95, ours.p95)}`,
  )
  const perChange = MODES.map((mode) => {
    const counts = (results.get(mode) ?? []).flatMap((c) =>
      c.ok && c.lagMs !== null ? [c.commits] : [],
    )
    return `${mode} ${counts.length ? (counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2) : 'n/a'}`
  })
  console.log(`React commits per highlight change (mean): ${perChange.join(', ')}`)
  printSplit(results)
  const checked = [...results.values()].flat().flatMap((c) => (c.ok ? [c] : []))
  const worst = (pick: (c: (typeof checked)[number]) => number) => Math.max(...checked.map(pick))
  console.log(
    `true-time model: slope off the rate by ≤ ${worst((c) => c.slopeError).toExponential(1)}, ` +
      `a later sample off the line by ≤ ${worst((c) => c.lineErrorMs).toFixed(2)} ms, ` +
      `samples bracketed within ${worst((c) => c.sampleSpreadMs).toFixed(2)} ms`,
  )
  for (const mode of MODES) {
    const list = doubts(results.get(mode) ?? [])
    if (list.length > 0) console.log(`${mode}: ${list.length} doubtful: ${list.join('; ')}`)
  }
  return summaries
}

/**
 * Each mode's lag in two parts, split where the task the change came in began
 * (a rAF callback for frame, a 250 ms interval for poll-250): from the crossing
 * to the app reading the time, and from that read to the DOM change (the app's
 * tick, the store, its subscriptions, React's commit).
 */
function describeSpread(values: readonly number[]): string {
  const sorted = values.toSorted((a, b) => a - b)
  return `median ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, max ${fmt(sorted.at(-1) ?? Number.NaN)}`
}

function printSplit(results: ReadonlyMap<Mode, Crossing[]>): void {
  for (const mode of MODES) {
    const parts = (results.get(mode) ?? []).flatMap((c) =>
      c.ok && c.lagMs !== null && c.taskStartMs !== null
        ? [{ read: c.taskStartMs, work: c.lagMs - c.taskStartMs, kind: c.taskKind ?? '?' }]
        : [],
    )
    const kinds = [...new Set(parts.map((p) => p.kind))].join('/')
    console.log(
      `  ${mode}: crossing → read (${kinds} callback) ${describeSpread(parts.map((p) => p.read))} ms; ` +
        `read → DOM ${describeSpread(parts.map((p) => p.work))} ms`,
    )
  }
}

function printVerbose(
  items: readonly CrossingItem[],
  results: ReadonlyMap<Mode, Crossing[]>,
): void {
  const lag = (c: Crossing | undefined) => (c?.ok && c.lagMs !== null ? fmt(c.lagMs) : 'miss')
  const split = (c: Crossing | undefined) =>
    c?.ok && c.lagMs !== null && c.taskStartMs !== null
      ? `(${fmt(c.taskStartMs)}, ${fmt(c.lagMs - c.taskStartMs)})`
      : ''
  printTable(
    ['boundary s', 'lead s', 'before → after', 'frame ms', '(read, work)', 'poll-250 ms'],
    items.map((item, i) => [
      String(item.at),
      item.lead.toFixed(3),
      `${item.before.join(',') || '∅'} → ${item.after.join(',') || '∅'}`,
      lag(results.get('frame')?.[i]),
      split(results.get('frame')?.[i]),
      lag(results.get('poll-250')?.[i]),
      split(results.get('poll-250')?.[i]),
    ]),
  )
}

function printQuiet(quiet: ReadonlyMap<Mode, Quiet>, window: CitationWindow): void {
  console.log(
    `\nPlaying inside one window ([${window.start}, ${window.end}) s, active: ${window.ids.join(', ')}) ` +
      `for ${QUIET_MS / 1000} s after ${QUIET_SETTLE_MS / 1000} s to settle:`,
  )
  printTable(
    ['mode', 'media s', 'article mutations/s', 'React commits/s', 'frames/s', 'same active'],
    MODES.map((mode) => {
      const q = quiet.get(mode)!
      return [
        mode,
        `${q.mediaFrom.toFixed(1)}–${q.mediaTo.toFixed(1)}`,
        `${(q.records / q.seconds).toFixed(2)} (${q.records} records)`,
        `${(q.commits / q.seconds).toFixed(2)} (${q.commits})`,
        (q.frames / q.seconds).toFixed(1),
        q.sameActive && q.stillPlaying ? 'yes' : 'NO',
      ]
    }),
  )
}

function conclude(summaries: ReadonlyMap<Mode, Summary>, wanted: number): void {
  const ours = summaries.get('frame')!
  const baseline = summaries.get('poll-250')!
  const within = ours.p95 <= BUDGET_P95_MS && ours.missed === 0
  console.log(
    `\nConclusion: ${within ? 'WITHIN' : 'OVER'} budget — frame loop p95 ${fmt(ours.p95)} ms ` +
      `(budget ≤ ${BUDGET_P95_MS} ms, n=${ours.n}/${wanted}); baseline median ${fmt(baseline.median)} ms ` +
      `(~125 ms expected), ${times(baseline.median, ours.median)} ours at the median.`,
  )
}

/** The report's figures: the frame loop's lag beside polling's, and the quiet stretch's commits. */
function lagFigures(
  summaries: ReadonlyMap<Mode, Summary>,
  quiet: ReadonlyMap<Mode, Quiet> | null,
): BenchFigure[] {
  const ours = summaries.get('frame')!
  const baseline = summaries.get('poll-250')!
  const label = 'polling every 250 ms'
  const figures: BenchFigure[] = [
    {
      figure: 'highlight lag p95',
      value: ours.p95,
      unit: 'ms',
      baseline: { label, value: baseline.p95 },
      budget: `≤ ${BUDGET_P95_MS} ms, none missed`,
      pass: ours.p95 <= BUDGET_P95_MS && ours.missed === 0,
      note: `${ours.n} crossings, ${ours.missed} missed; nearest-rank`,
    },
    {
      figure: 'highlight lag median',
      value: ours.median,
      unit: 'ms',
      baseline: { label, value: baseline.median },
      note: `${ours.n} crossings`,
    },
  ]
  const frame = quiet?.get('frame')
  const poll = quiet?.get('poll-250')
  if (frame && poll)
    figures.push({
      figure: 'React commits/s playing inside one window',
      value: frame.commits / frame.seconds,
      unit: '/s',
      baseline: { label, value: poll.commits / poll.seconds },
      budget: '0 (no render unless the active set changes)',
      pass: frame.commits === 0 && frame.sameActive,
      note: `${frame.seconds.toFixed(1)} s playing`,
    })
  return figures
}

// ---------------------------------------------------------------- main

async function main(options: Options): Promise<number> {
  const machine = machineInfo()
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(
    `Highlight-lag benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpu}), ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  )
  const outDir = mkdtempSync(join(tmpdir(), 'lockstep-lag-bench-'))
  let server: PreviewServer | null = null
  let browser: Browser | null = null
  let cleaning: Promise<void> | null = null
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await browser?.close().catch(() => {})
      await server?.close().catch(() => {})
      rmSync(outDir, { recursive: true, force: true })
    })())
  const onSignal = () => {
    interrupted = true
    void cleanUp().finally(() => process.exit(130))
  }
  // Whatever ends the process, the build folder goes (rmSync works in 'exit').
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true })
  process.once('exit', removeBuild)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const served = await buildAndServe(outDir)
    server = served.server
    const executablePath = findChromium()
    browser = await chromium.launch({
      ...(executablePath === undefined ? {} : { executablePath }),
      args: CHROMIUM_ARGS,
      headless: true,
      // Ours close the browser, the server and the build folder, in that order.
      handleSIGINT: false,
      handleSIGTERM: false,
    })
    console.log(`browser: ${executablePath ?? "Playwright's Chromium"} ${browser.version()}`)
    const pages = await Promise.all(MODES.map((mode) => openMode(browser!, served.url, mode)))
    const first = pages[0]!
    const claims = await first.page.evaluate(() => window['__lagBench']!.claims())
    const duration = await first.page.evaluate(
      () => window['__fakeYouTube']!.config.defaultDurationS,
    )
    const windows = citationWindows(claims)
    const changes = activeSetChanges(windows)
    const eligible = eligibleBoundaries(changes, duration)
    const items = spreadEvenly(eligible, options.boundaries).map((b, i) => ({
      ...b,
      lead: LEAD_MIN_S + LEAD_SPREAD_S * ((0.5 + i * GOLDEN) % 1),
    }))
    console.log(
      `note: ${claims.length} claims, ${windows.length} windows, ${changes.length} boundaries where ` +
        `the active set changes, ${eligible.length} eligible; measuring ${items.length}, ` +
        `fake reporting every ${REPORT_INTERVAL_MS} ms, ` +
        `${options.sequential ? 'modes one after the other' : 'modes side by side, half a cycle apart'}`,
    )
    if (items.length < Math.min(24, options.boundaries))
      console.log(`warning: only ${items.length} boundaries to measure (< 24)`)

    let done = 0
    const total = items.length * MODES.length
    const progress = () => {
      done += 1
      if (process.stdout.isTTY) process.stdout.write(`\r${done}/${total} crossings`)
      if (process.stdout.isTTY && done === total) process.stdout.write('\n')
    }
    const results = new Map<Mode, Crossing[]>()
    const start = Date.now() + 500
    if (options.sequential) {
      for (const target of pages)
        results.set(target.mode, await runCrossings(target, items, Date.now() + 500, progress))
    } else {
      const runs = pages.map((target, i) =>
        runCrossings(target, items, start + (i * CYCLE_MS) / pages.length, progress),
      )
      const all = await Promise.all(runs)
      pages.forEach((target, i) => results.set(target.mode, all[i]!))
    }

    console.log(`\nLag from the true time crossing a boundary to the DOM highlight changing:`)
    const summaries = printCrossings(results)
    if (options.verbose) printVerbose(items, results)

    const quietWindow = pickQuietWindow(windows)
    let quietByMode: Map<Mode, Quiet> | null = null
    if (quietWindow) {
      const quietStart = Date.now() + 300
      const quiet = await Promise.all(
        pages.map((target) => runQuiet(target, quietWindow.start + 1, quietStart)),
      )
      quietByMode = new Map(pages.map((target, i) => [target.mode, quiet[i]!]))
      printQuiet(quietByMode, quietWindow)
    } else console.log('\nno window long enough for the quiet stretch')

    for (const target of pages)
      for (const problem of target.problems) console.log(`${target.mode}: ${problem}`)
    conclude(summaries, items.length)
    const path = writeReport({
      name: 'highlight-lag',
      title: 'Highlight lag: the frame loop against polling every 250 ms',
      measuredAt: new Date().toISOString(),
      machine,
      figures: lagFigures(summaries, quietByMode),
    })
    console.log(`wrote ${path}`)
    return 0
  } finally {
    await cleanUp()
    process.off('exit', removeBuild)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Set on Ctrl-C: the pages close under the run, whose errors are then no news. */
let interrupted = false
const options = parseOptions(process.argv.slice(2))
const estimateMs = options.boundaries * CYCLE_MS * (options.sequential ? 2 : 1) + 60_000
// Nothing may hang: past the estimate the process ends, and the finally above
// has had its chance; the preview server lives in this process and dies with it.
const watchdog = setTimeout(() => {
  console.error(`highlight-lag bench: still running after ${estimateMs / 1000} s; giving up`)
  process.exit(2)
}, estimateMs + 30_000)
main(options)
  .then((code) => {
    clearTimeout(watchdog)
    process.exitCode = code
  })
  .catch((error: unknown) => {
    clearTimeout(watchdog)
    if (!interrupted) console.error(error)
    process.exitCode = 1
  })
