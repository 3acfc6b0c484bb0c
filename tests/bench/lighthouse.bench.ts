// Lighthouse benchmark (DESIGN §6: phone performance ≥ 95, accessibility 100,
// CLS ≤ 0.05). Builds the app with the default content (the seed note alone,
// which `#/` opens), serves it with `vite preview`, and runs Lighthouse's phone
// (default, simulated slow 4G and 4× CPU) and desktop configurations against
// it, offline as a reader without YouTube sees it: every host but this machine
// fails to resolve. Beside it, in the same run and served the same way, the
// baseline: a static page of the same note's text with no script at all.
//
//   npx tsx tests/bench/lighthouse.bench.ts [--runs N] [--quick]   (writes bench/lighthouse.json)
//
// Chromium: CHROME_PATH, else /usr/bin/chromium, else Playwright's. Ports from
// $LIGHTHOUSE_BENCH_PORT (default 4193) on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import lighthouse, { type Flags } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { build, preview, type PreviewServer } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts'
import { type BenchFigure, isQuick, machineInfo, median, writeReport } from './bench-report.ts'
import { findFreePort } from './free-port.ts'
import { printTable } from './print-table.ts'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const SEED = join(REPO, 'content/collaboration-between-space-agencies.md')
const FIRST_PORT = Number(process.env['LIGHTHOUSE_BENCH_PORT'] ?? 4193)
/** Every host but this machine fails to resolve: YouTube unreachable, as offline. */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'

type Profile = 'phone' | 'desktop'
type Page = 'app' | 'static'

interface Reading {
  readonly performance: number
  readonly accessibility: number
  readonly cls: number
  readonly tbtMs: number
  readonly lcpMs: number
  readonly fcpMs: number
}

function parseRuns(argv: readonly string[]): number {
  const at = argv.indexOf('--runs')
  if (at !== -1) return Number(argv[at + 1])
  return isQuick(argv) ? 1 : 3
}

/** The seed's text as a page with no script: what any page of this text could score. */
function writeStaticPage(outDir: string): string {
  const body = readFileSync(SEED, 'utf8')
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, '')
    .split(/\n{2,}/)
    .map((block) => `<p>${block.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="description" content="Baseline: the seed note as static text.">' +
    `<title>Baseline</title></head><body><main><h1>Baseline</h1>${body}</main></body></html>`
  writeFileSync(join(outDir, 'static-baseline.html'), html)
  return 'static-baseline.html'
}

async function runLighthouse(url: string, port: number, profile: Profile): Promise<Reading> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  }
  const result = await lighthouse(url, flags, profile === 'desktop' ? desktopConfig : undefined)
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
  }
}

const KEYS = ['performance', 'accessibility', 'cls', 'tbtMs', 'lcpMs', 'fcpMs'] as const

function medianReading(readings: readonly Reading[]): Reading {
  const pick = (key: (typeof KEYS)[number]) => median(readings.map((r) => r[key]))
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    cls: pick('cls'),
    tbtMs: pick('tbtMs'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
  }
}

interface Budget {
  readonly text: string
  readonly holds: (value: number) => boolean
}

/** DESIGN §6 budgets; the desktop's are the (performance ≥ 95, accessibility 100). */
function budgetFor(profile: Profile, key: (typeof KEYS)[number]): Budget | null {
  if (key === 'performance') return { text: '≥ 95', holds: (v) => v >= 95 }
  if (key === 'accessibility') return { text: '= 100', holds: (v) => v === 100 }
  if (key === 'cls' && profile === 'phone') return { text: '≤ 0.05', holds: (v) => v <= 0.05 }
  return null
}

const UNITS: Record<(typeof KEYS)[number], string> = {
  performance: 'score',
  accessibility: 'score',
  cls: 'CLS',
  tbtMs: 'ms',
  lcpMs: 'ms',
  fcpMs: 'ms',
}

function toFigures(
  profile: Profile,
  ours: Reading,
  baseline: Reading,
  readings: readonly Reading[],
): BenchFigure[] {
  return KEYS.map((key) => {
    const budget = budgetFor(profile, key)
    const spread = readings.map((r) => (key === 'cls' ? r[key].toFixed(3) : Math.round(r[key])))
    return {
      figure: `Lighthouse ${profile}, seed note: ${key === 'tbtMs' ? 'TBT' : key.replace('Ms', '').toUpperCase().replace('PERFORMANCE', 'performance').replace('ACCESSIBILITY', 'accessibility')}`,
      value: ours[key],
      unit: UNITS[key],
      baseline: { label: 'static page of the same text', value: baseline[key] },
      ...(budget ? { budget: budget.text, pass: budget.holds(ours[key]) } : {}),
      note: `median of ${readings.length} run(s): ${spread.join(', ')}`,
    }
  })
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv)
  const machine = machineInfo()
  console.log(
    `Lighthouse benchmark — Node ${machine.node}, ${machine.cores} cores (${machine.cpu}), load ${machine.load}; ${runs} run(s) each`,
  )
  const outDir = mkdtempSync(join(tmpdir(), 'lockstep-lighthouse-'))
  let server: PreviewServer | null = null
  let browser: Browser | null = null
  try {
    await build({ root: REPO, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    const staticPage = writeStaticPage(outDir)
    const port = await findFreePort(FIRST_PORT)
    server = await preview({
      root: REPO,
      logLevel: 'warn',
      build: { outDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    })
    const debugPort = await findFreePort(port + 1)
    const executablePath = findChromium()
    browser = await chromium.launch({
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`, OFFLINE],
      headless: true,
    })
    const base = `http://127.0.0.1:${port}/`
    const urls: Record<Page, string> = { app: `${base}#/`, static: `${base}${staticPage}` }
    console.log(`serving ${base}; Chromium ${browser.version()} on debugging port ${debugPort}`)
    const figures: BenchFigure[] = []
    for (const profile of ['phone', 'desktop'] as const) {
      const readings: Record<Page, Reading[]> = { app: [], static: [] }
      // Alternate the two pages run by run, so a busy spell of the machine hits both.
      for (let i = 0; i < runs; i++)
        for (const page of ['app', 'static'] as const)
          readings[page].push(await runLighthouse(urls[page], debugPort, profile))
      const ours = medianReading(readings.app)
      const baseline = medianReading(readings.static)
      figures.push(...toFigures(profile, ours, baseline, readings.app))
    }
    printTable(
      ['figure', 'value', 'baseline', 'budget', 'pass', 'runs'],
      figures.map((f) => [
        f.figure,
        f.unit === 'CLS' ? f.value.toFixed(3) : String(Math.round(f.value)),
        f.unit === 'CLS' ? (f.baseline?.value ?? 0).toFixed(3) : String(f.baseline?.value),
        f.budget ?? '',
        f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
        f.note ?? '',
      ]),
    )
    const path = writeReport({
      name: 'lighthouse',
      title: 'Lighthouse, phone and desktop, on the built seed note offline',
      measuredAt: new Date().toISOString(),
      machine,
      figures,
    })
    console.log(`\nwrote ${path}`)
  } finally {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    rmSync(outDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
