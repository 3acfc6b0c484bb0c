// Vault benchmark (DESIGN §6: a 1,000-note vault builds in ≤ 30 s cold and
// rebuilds one edited note in ≤ 1 s; the note page's JS ≤ 100 KB gzip whether
// the library holds 1 note or 1,000). For 1, 100 and 1,000 generated notes:
// `vite build` cold (compile cache cleared) and warm, the sizes of what it
// writes, and the dev server's on-demand path; then, in Chromium, the index of
// the biggest vault (main-thread tasks while it loads and while a filter is
// typed), the search's first result, and what a note page fetches for its
// backlinks. Each figure beside a baseline of the same run: the smallest vault,
// the same notes parsed on one thread, or the links as one file (the layout
// before the shards).
//
//   tsx tests/bench/build-vault.bench.ts [counts…]   (default 1 100 1000)
//   → bench/vault.json (the shared report shape, bench-report.ts) and
//     bench/vault-results.json (every reading)
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { appendFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { createServer } from 'vite'
import { compileNoteSource, listNoteFiles } from '../../src/build/compile-notes.ts'
import { createCompilePool } from '../../src/build/compile-pool.ts'
import type { LinkShard } from '../../src/library/link-shards.ts'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts'
import { blockTheInternet } from '../e2e/support/network.ts'
import { serveThumbnails } from '../e2e/support/thumbnails.ts'
import {
  measureFiltering,
  measureFirstResult,
  measureIndexLoad,
  measureNotePage,
  mostLinkedNote,
  serveBuilt,
} from '../e2e/support/vault-measures.ts'
import { type BenchFigure, machineInfo, writeReport } from './bench-report.ts'
import { generateVault } from './generate-vault.ts'
import { printTable } from './print-table.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js')
const CACHE = join(ROOT, 'node_modules/.lockstep/cache')
const COUNTS = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 100, 1000]
const WORK = mkdtempSync(join(tmpdir(), 'lockstep-vault-bench-'))

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const gzip = (path: string) => gzipSync(readFileSync(path)).length

/** Wall-clock seconds of one `vite build` of the vault into `outDir`. */
function timeBuild(vault: string, outDir: string, cold: boolean): number {
  if (cold) rmSync(CACHE, { recursive: true, force: true, maxRetries: 5 })
  const start = performance.now()
  execFileSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, LOCKSTEP_CONTENT: vault },
    stdio: 'ignore',
  })
  return (performance.now() - start) / 1000
}

interface Sizes {
  readonly eagerJsGzip: number
  readonly eagerCssGzip: number
  readonly lazyJs: Record<string, number>
  readonly manifestGzip: number
  /** All the links as one file, as the build wrote them before the shards. */
  readonly linksGzip: number
  readonly linkShards: number
  readonly linkShardGzipMedian: number
  readonly searchGzip: number
  readonly noteGzipMedian: number
}

/** Gzip sizes of a build: the JS index.html loads (script and modulepreload), the rest, the library. */
function measureSizes(outDir: string): Sizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const eager = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
  )
  const eagerCssGzip = [...html.matchAll(/href="\.?\/?(assets\/[^"]+\.css)"/g)]
    .map((m) => gzip(join(outDir, m[1] ?? '')))
    .reduce((sum, size) => sum + size, 0)
  const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'))
  const lazyJs: Record<string, number> = {}
  let eagerJsGzip = 0
  for (const file of assets) {
    const size = gzip(join(outDir, 'assets', file))
    if (eager.has(`assets/${file}`)) eagerJsGzip += size
    else lazyJs[file] = size
  }
  const library = readdirSync(join(outDir, 'library'))
  const one = (prefix: string) =>
    gzip(
      join(
        outDir,
        'library',
        library.find((f) => f.startsWith(prefix))!,
      ),
    )
  const shardFolder = join(
    outDir,
    'library',
    library.find((f) => f.startsWith('links-'))!,
  )
  const shardFiles = readdirSync(shardFolder).map((f) => join(shardFolder, f))
  const allLinks = shardFiles
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as LinkShard)
    .flatMap((shard) => shard.links.map((link, i) => ({ link, at: shard.at[i] ?? 0 })))
    .toSorted((a, b) => a.at - b.at)
    .map(({ link }) => link)
  const notes = readdirSync(join(outDir, 'library/n')).map((f) =>
    gzip(join(outDir, 'library/n', f)),
  )
  return {
    eagerJsGzip,
    eagerCssGzip,
    lazyJs,
    manifestGzip: one('manifest-'),
    linksGzip: gzipSync(JSON.stringify(allLinks)).length,
    linkShards: shardFiles.length,
    linkShardGzipMedian: median(shardFiles.map(gzip)),
    searchGzip: one('search-'),
    noteGzipMedian: median(notes),
  }
}

/** Seconds to parse every note of the vault on this thread: the baseline. */
function timeBaselineParse(vault: string): number {
  const start = performance.now()
  for (const path of listNoteFiles(vault)) compileNoteSource(readFileSync(path, 'utf8'), path)
  return (performance.now() - start) / 1000
}

interface SizeResult {
  readonly notes: number
  readonly coldSeconds: readonly number[]
  readonly warmSeconds: readonly number[]
  readonly baselineParseSeconds: number | null
  readonly sizes: Sizes
}

function benchSize(count: number, runs: number): { result: SizeResult; vault: string } {
  const vault = join(WORK, `vault-${count}`)
  generateVault(vault, count)
  const outDir = join(WORK, `dist-${count}`)
  const coldSeconds: number[] = []
  const warmSeconds: number[] = []
  for (let i = 0; i < runs; i++) coldSeconds.push(timeBuild(vault, outDir, true))
  for (let i = 0; i < runs; i++) warmSeconds.push(timeBuild(vault, outDir, false))
  const baselineParseSeconds = count <= 100 ? timeBaselineParse(vault) : null
  const result = {
    notes: count,
    coldSeconds,
    warmSeconds,
    baselineParseSeconds,
    sizes: measureSizes(outDir),
  }
  return { result, vault }
}

/** Milliseconds of one GET, and its body. */
async function timeGet(url: string): Promise<{ ms: number; body: string }> {
  const start = performance.now()
  const response = await fetch(url)
  const body = await response.text()
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body}`)
  return { ms: performance.now() - start, body }
}

interface DevResult {
  readonly cache: 'cold' | 'warm'
  /** How long after the server listened the first note was asked for. */
  readonly askedAfterMs: number
  readonly serverStartMs: number
  readonly firstNoteMs: number
  readonly secondNoteMs: number
  readonly manifestMs: number | null
  readonly editToNoteMs: number | null
  readonly editToManifestMs: number | null
  /** A note asked for while the manifest compiles the other notes (cold cache only). */
  readonly noteDuringManifestMs: number | null
}

/**
 * The dev server on the vault: the first note asked for after start, another
 * one, and (with a warm cache) the manifest, then the time from editing one
 * note to the server answering with the edited note and manifest.
 */
async function benchDev(
  vault: string,
  cache: 'cold' | 'warm',
  askedAfterMs = 0,
): Promise<DevResult> {
  if (cache === 'cold') rmSync(CACHE, { recursive: true, force: true, maxRetries: 5 })
  process.env['LOCKSTEP_CONTENT'] = vault
  const started = performance.now()
  const server = await createServer({ root: ROOT, logLevel: 'silent', server: { port: 0 } })
  await server.listen()
  const serverStartMs = performance.now() - started
  const address = server.httpServer?.address()
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`
  const files = listNoteFiles(vault).filter((f) => !f.includes('/topics/'))
  const noteUrl = (file: string) =>
    `${base}/@lockstep/note/${encodeURIComponent(basename(file, '.md'))}.json`
  await new Promise((resolve) => setTimeout(resolve, askedAfterMs))
  const firstNoteMs = (await timeGet(noteUrl(files[500] ?? files[0]!))).ms
  const secondNoteMs = (await timeGet(noteUrl(files[501] ?? files[0]!))).ms
  let manifestMs: number | null = null
  let editToNoteMs: number | null = null
  let editToManifestMs: number | null = null
  let noteDuringManifestMs: number | null = null
  if (cache === 'warm') {
    manifestMs = (await timeGet(`${base}/@lockstep/manifest.json`)).ms
    const edited = files[500] ?? files[0]!
    const marker = `Edited for the benchmark at ${Date.now()}`
    const editedAt = performance.now()
    appendFileSync(edited, `\n${marker} <a class="yt-timestamp" data-t="0:42">[0:42]</a>.\n`)
    for (;;) {
      const { body } = await timeGet(noteUrl(edited))
      if (body.includes(marker)) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    editToNoteMs = performance.now() - editedAt
    const manifestStart = performance.now()
    await timeGet(`${base}/@lockstep/manifest.json`)
    editToManifestMs = editToNoteMs + (performance.now() - manifestStart)
  }
  if (cache === 'cold') {
    // The manifest queues every other note; a note asked for now jumps that queue.
    const manifest = timeGet(`${base}/@lockstep/manifest.json`).catch(() => null)
    await new Promise((resolve) => setTimeout(resolve, 200))
    noteDuringManifestMs = (await timeGet(noteUrl(files[502] ?? files[0]!))).ms
    await server.close()
    await manifest
  } else await server.close()
  return {
    cache,
    askedAfterMs,
    noteDuringManifestMs,
    serverStartMs,
    firstNoteMs,
    secondNoteMs,
    manifestMs,
    editToNoteMs,
    editToManifestMs,
  }
}

/** Milliseconds from a fresh pool to a tiny note compiled, then a second tiny note: worker start-up. */
async function benchWorkerStart(): Promise<{ firstMs: number; nextMs: number }> {
  const job = { source: '---\ntitle: T\nvideoId: Zz000000001\n---\n\nHi [0:01].\n', file: 't.md' }
  const pool = createCompilePool({ size: 1, timeLimitMs: 60_000 })
  let start = performance.now()
  await pool.run(job)
  const firstMs = performance.now() - start
  start = performance.now()
  await pool.run(job)
  const nextMs = performance.now() - start
  await pool.close()
  return { firstMs, nextMs }
}

interface PageResult {
  readonly notes: number
  /** Per run: the busiest main-thread task's CPU ms, and how many took over 50 ms. */
  readonly indexLoad: readonly { busiestMs: number; over50: number; allCardsMs: number }[]
  readonly filtering: readonly { busiestMs: number; over50: number; narrowedMs: number }[]
  readonly firstResultMs: readonly number[]
  readonly note: { linkFiles: number; linkBytes: number; linkGzip: number; backlinksMs: number[] }
}

const busiest = (tasks: readonly { cpuMs: number }[]) => Math.max(0, ...tasks.map((t) => t.cpuMs))
const over50 = (tasks: readonly { cpuMs: number }[]) => tasks.filter((t) => t.cpuMs > 50).length

/**
 * The built vault in Chromium, offline, `runs` times each on a fresh page:
 * the index loading, a filter typed, the search's first result, and a note's
 * backlinks with the links it fetched for them.
 */
async function benchPages(vault: string, outDir: string, notes: number, runs: number) {
  const server = await serveBuilt(outDir, 5190)
  const executablePath = findChromium()
  const browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: CHROMIUM_ARGS,
  })
  const cards = notes - Math.min(10, Math.floor(notes / 10))
  const result = {
    notes,
    indexLoad: [] as PageResult['indexLoad'][number][],
    filtering: [] as PageResult['filtering'][number][],
    firstResultMs: [] as number[],
    note: { linkFiles: 0, linkBytes: 0, linkGzip: 0, backlinksMs: [] as number[] },
  }
  const slug = mostLinkedNote(vault)
  try {
    for (let run = 0; run < runs; run++) {
      const fresh = async () => {
        const page = await browser.newPage({ viewport: { width: 1366, height: 850 } })
        await blockTheInternet(page)
        await serveThumbnails(page)
        return page
      }
      let page = await fresh()
      const load = await measureIndexLoad(browser, page, server.url, cards)
      result.indexLoad.push({
        busiestMs: busiest(load.tasks),
        over50: over50(load.tasks),
        allCardsMs: load.allCardsMs,
      })
      const typed = await measureFiltering(browser, page, 'harbour pilot', /of \d+ notes/)
      result.filtering.push({
        busiestMs: busiest(typed.tasks),
        over50: over50(typed.tasks),
        narrowedMs: typed.narrowedMs,
      })
      await page.close()
      page = await fresh()
      await page.goto(`${server.url}#/`)
      await page.locator('[data-library-filter]').waitFor()
      result.firstResultMs.push(
        (await measureFirstResult(browser, page, 'lighthouse')).firstResultMs,
      )
      await page.close()
      page = await fresh()
      const note = await measureNotePage(page, server.url, slug)
      result.note = { ...note, backlinksMs: [...result.note.backlinksMs, note.backlinksMs] }
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return result satisfies PageResult
}

const fmt = (s: number) => s.toFixed(2)
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

const vs = (label: string, value: number) => ({ label, value })

/** The report's figures, each beside its same-run baseline (bench-report.ts). */
function vaultFigures(
  sizes: readonly SizeResult[],
  pages: readonly PageResult[],
  dev: readonly DevResult[],
): BenchFigure[] {
  const small = sizes[0]!
  const big = sizes.at(-1)!
  const figures: BenchFigure[] = []
  const coldBig = median(big.coldSeconds)
  figures.push({
    figure: `vite build, cold, ${big.notes} notes`,
    value: coldBig,
    unit: 's',
    baseline: vs(`cold, ${small.notes} note(s)`, median(small.coldSeconds)),
    budget: '≤ 30 s',
    pass: coldBig <= 30,
    note: `${big.coldSeconds.length} run(s), compile cache cleared`,
  })
  figures.push({
    figure: `vite build, warm, ${big.notes} notes`,
    value: median(big.warmSeconds),
    unit: 's',
    baseline: vs(`warm, ${small.notes} note(s)`, median(small.warmSeconds)),
    note: `${big.warmSeconds.length} run(s), compile cache kept`,
  })
  const warm = dev.find((d) => d.cache === 'warm')
  if (warm?.editToNoteMs != null)
    figures.push({
      figure: `dev server: one note edited → the new note served, ${big.notes} notes`,
      value: warm.editToNoteMs,
      unit: 'ms',
      baseline: vs('a note served from the warm cache', warm.secondNoteMs),
      budget: '≤ 1000 ms',
      pass: warm.editToNoteMs <= 1000,
      note: 'one run; polled every 20 ms',
    })
  const jsKb = big.sizes.eagerJsGzip / 1024
  figures.push({
    figure: `note page JS (gzip), ${big.notes} notes`,
    value: jsKb,
    unit: 'KB',
    baseline: vs(`${small.notes} note(s)`, small.sizes.eagerJsGzip / 1024),
    budget: '≤ 100 KB, the same for 1 note or 1,000',
    // The only difference is the manifest's name (a hash) in the script: a few bytes.
    pass: jsKb <= 100 && Math.abs(big.sizes.eagerJsGzip - small.sizes.eagerJsGzip) < 64,
    note: 'what index.html loads: its script and modulepreloads; they differ only in the manifest’s name',
  })
  figures.push({
    figure: `note page CSS (gzip), ${big.notes} notes`,
    value: big.sizes.eagerCssGzip / 1024,
    unit: 'KB',
    baseline: vs(`${small.notes} note(s)`, small.sizes.eagerCssGzip / 1024),
    note: 'the stylesheets index.html links',
  })
  const bigPages = pages.at(-1)
  const smallPages = pages.length > 1 ? pages[0] : undefined
  if (bigPages) {
    figures.push({
      figure: `links a note page fetches for its backlinks (gzip), ${bigPages.notes} notes`,
      value: bigPages.note.linkGzip / 1024,
      unit: 'KB',
      baseline: vs('every link as one file (the layout before shards)', big.sizes.linksGzip / 1024),
      note: `${bigPages.note.linkFiles} of ${big.sizes.linkShards} shards, ${kb(bigPages.note.linkBytes)} KB before gzip; the most-linked note`,
    })
    figures.push({
      figure: `note page: backlinks shown after navigation, ${bigPages.notes} notes`,
      value: median(bigPages.note.backlinksMs),
      unit: 'ms',
      baseline: smallPages
        ? vs(`${smallPages.notes} notes`, median(smallPages.note.backlinksMs))
        : null,
      note: `median of ${bigPages.note.backlinksMs.length} runs`,
    })
    const loadBusiest = median(bigPages.indexLoad.map((r) => r.busiestMs))
    figures.push({
      figure: `index page load: busiest main-thread task (CPU), ${bigPages.notes} notes`,
      value: loadBusiest,
      unit: 'ms',
      baseline: smallPages
        ? vs(`${smallPages.notes} notes`, median(smallPages.indexLoad.map((r) => r.busiestMs)))
        : null,
      budget: '≤ 50 ms (no long task)',
      pass: loadBusiest <= 50,
      note: `median of ${bigPages.indexLoad.length} runs; every card in ${median(bigPages.indexLoad.map((r) => r.allCardsMs)).toFixed(0)} ms`,
    })
    const filterBusiest = median(bigPages.filtering.map((r) => r.busiestMs))
    figures.push({
      figure: `index page, typing a filter: busiest main-thread task (CPU), ${bigPages.notes} notes`,
      value: filterBusiest,
      unit: 'ms',
      baseline: smallPages
        ? vs(`${smallPages.notes} notes`, median(smallPages.filtering.map((r) => r.busiestMs)))
        : null,
      budget: '≤ 50 ms (no long task)',
      pass: filterBusiest <= 50,
      note: `"harbour pilot", a key every 60 ms; median of ${bigPages.filtering.length} runs`,
    })
    figures.push({
      figure: `search: first claim found after the first key, ${bigPages.notes} notes`,
      value: median(bigPages.firstResultMs),
      unit: 'ms',
      baseline: smallPages
        ? vs(`${smallPages.notes} notes`, median(smallPages.firstResultMs))
        : null,
      note: `loads the index (${kb(big.sizes.searchGzip)} KB gzip) on the first key; median of ${bigPages.firstResultMs.length} runs`,
    })
  }
  return figures
}

async function main(): Promise<void> {
  const machine = { cores: availableParallelism(), loadAverageAtStart: loadavg()[0] ?? 0 }
  console.log(
    `cores ${machine.cores}, load average ${machine.loadAverageAtStart.toFixed(1)}; work in ${WORK}`,
  )
  const workerStarts = [
    await benchWorkerStart(),
    await benchWorkerStart(),
    await benchWorkerStart(),
  ]
  const sizes: SizeResult[] = []
  let bigVault = ''
  for (const count of COUNTS) {
    const runs = count >= 1000 ? 1 : 3
    const { result, vault } = benchSize(count, runs)
    sizes.push(result)
    bigVault = vault
    console.log(
      `${count} notes: cold ${result.coldSeconds.map(fmt).join(', ')} s; warm ${result.warmSeconds.map(fmt).join(', ')} s`,
    )
  }
  // The pages: the biggest vault beside the smallest one with an index (one note opens the note).
  const withIndex = sizes.filter((r) => r.notes >= 10)
  const pageCounts = [...new Set([withIndex[0]?.notes, withIndex.at(-1)?.notes])].filter(
    (n) => n !== undefined,
  )
  const pages: PageResult[] = []
  for (const count of pageCounts)
    pages.push(
      await benchPages(join(WORK, `vault-${count}`), join(WORK, `dist-${count}`), count, 3),
    )
  const dev = [
    await benchDev(bigVault, 'warm'),
    await benchDev(bigVault, 'cold'),
    await benchDev(bigVault, 'cold', 5_000),
  ]

  console.log('\nvite build (seconds; median of the runs) and gzip sizes (KB)')
  printTable(
    [
      'notes',
      'cold s',
      'warm s',
      'parse 1 thread s',
      'page JS',
      'page CSS',
      'manifest',
      'links',
      'search',
      'note median',
    ],
    sizes.map((r) => [
      String(r.notes),
      fmt(median(r.coldSeconds)),
      fmt(median(r.warmSeconds)),
      r.baselineParseSeconds === null ? '–' : fmt(r.baselineParseSeconds),
      kb(r.sizes.eagerJsGzip),
      kb(r.sizes.eagerCssGzip),
      kb(r.sizes.manifestGzip),
      kb(r.sizes.linksGzip),
      kb(r.sizes.searchGzip),
      kb(r.sizes.noteGzipMedian),
    ]),
  )
  console.log(
    `lazy JS chunks (gzip KB): ${Object.entries(sizes[0]!.sizes.lazyJs)
      .map(([f, b]) => `${f} ${kb(b)}`)
      .join(', ')}`,
  )
  console.log(`\ndev server on ${COUNTS.at(-1)} notes (ms)`)
  printTable(
    [
      'cache',
      'server start',
      'first note',
      'second note',
      'manifest',
      'edit → note',
      'edit → manifest',
      'note during manifest',
    ],
    dev.map((d) => [
      `${d.cache}, asked at +${d.askedAfterMs / 1000} s`,
      d.serverStartMs.toFixed(0),
      d.firstNoteMs.toFixed(0),
      d.secondNoteMs.toFixed(0),
      d.manifestMs?.toFixed(0) ?? '–',
      d.editToNoteMs?.toFixed(0) ?? '–',
      d.editToManifestMs?.toFixed(0) ?? '–',
      d.noteDuringManifestMs?.toFixed(0) ?? '–',
    ]),
  )
  console.log(
    `\nworker start-up (ms, first tiny note in a fresh pool / the next): ${workerStarts.map((w) => `${w.firstMs.toFixed(0)} / ${w.nextMs.toFixed(0)}`).join(', ')}`,
  )
  console.log('\nin Chromium (ms of CPU for tasks; median of the runs)')
  printTable(
    [
      'notes',
      'index: busiest task',
      'tasks > 50',
      'filter: busiest task',
      'tasks > 50',
      'first search result',
      'backlinks shown',
      'links fetched KB gzip',
    ],
    pages.map((p) => [
      String(p.notes),
      median(p.indexLoad.map((r) => r.busiestMs)).toFixed(0),
      median(p.indexLoad.map((r) => r.over50)).toFixed(0),
      median(p.filtering.map((r) => r.busiestMs)).toFixed(0),
      median(p.filtering.map((r) => r.over50)).toFixed(0),
      median(p.firstResultMs).toFixed(0),
      median(p.note.backlinksMs).toFixed(0),
      kb(p.note.linkGzip),
    ]),
  )
  const report = writeReport({
    name: 'vault',
    title: 'A vault of 1,000 notes: build, page JS, the index, search and backlinks',
    measuredAt: new Date().toISOString(),
    machine: machineInfo(),
    figures: vaultFigures(sizes, pages, dev),
  })
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--write', report],
    { stdio: 'ignore' },
  )
  console.log(`\nwrote ${report}`)
  const out = join(ROOT, 'bench/vault-results.json')
  mkdirSync(join(ROOT, 'bench'), { recursive: true })
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: loadavg()[0] ?? 0 },
    builds: sizes,
    pages,
    dev,
    workerStarts,
  }
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--write', out],
    { stdio: 'ignore' },
  )
  console.log(`\nwrote ${out}`)
  rmSync(WORK, { recursive: true, force: true })
}

await main()
