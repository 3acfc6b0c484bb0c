// Vault build benchmark (DESIGN §6: a 1,000-note vault builds in ≤ 30 s cold and
// rebuilds one edited note in ≤ 1 s; the note page's JS does not grow with the
// notes). For 1, 100 and 1,000 generated notes: `vite build` cold (compile cache
// cleared) and warm, the sizes of what it writes, and the dev server's
// on-demand path. Beside them, in the same run, the baseline: the same notes
// parsed one after another on one thread, without Vite or workers.
//
//   tsx tests/bench/build-vault.bench.ts [counts…]   (default 1 100 1000; writes bench/vault-results.json)
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { appendFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { createServer } from 'vite'
import { compileNoteSource, listNoteFiles } from '../../src/build/compile-notes.ts'
import { createCompilePool } from '../../src/build/compile-pool.ts'
import { type BenchFigure, machineInfo, median, writeReport } from './bench-report.ts'
import { generateVault } from './generate-vault.ts'
import { printTable } from './print-table.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js')
const CACHE = join(ROOT, 'node_modules/.lockstep/cache')
const COUNTS = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 100, 1000]
const WORK = mkdtempSync(join(tmpdir(), 'lockstep-vault-bench-'))

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
  readonly linksGzip: number
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
  const notes = readdirSync(join(outDir, 'library/n')).map((f) =>
    gzip(join(outDir, 'library/n', f)),
  )
  return {
    eagerJsGzip,
    eagerCssGzip,
    lazyJs,
    manifestGzip: one('manifest-'),
    linksGzip: one('links-'),
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

const fmt = (s: number) => s.toFixed(2)
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

const PAGE_BUDGET_BYTES = 100 * 1024

/** The report's figures: each count's build and page weight beside the 1-note (or one-thread) baseline. */
function vaultFigures(sizes: readonly SizeResult[], dev: readonly DevResult[]): BenchFigure[] {
  const first = sizes[0]!
  const figures: BenchFigure[] = []
  for (const r of sizes) {
    const beside = `${first.notes} note${first.notes === 1 ? '' : 's'}`
    figures.push(
      {
        figure: `note page JS gzip, ${r.notes} notes`,
        value: r.sizes.eagerJsGzip / 1024,
        unit: 'KB',
        baseline: { label: beside, value: first.sizes.eagerJsGzip / 1024 },
        budget: '≤ 100 KB',
        pass: r.sizes.eagerJsGzip <= PAGE_BUDGET_BYTES,
        note: 'the script and modulepreloads index.html loads',
      },
      {
        figure: `note page CSS gzip, ${r.notes} notes`,
        value: r.sizes.eagerCssGzip / 1024,
        unit: 'KB',
        baseline: { label: beside, value: first.sizes.eagerCssGzip / 1024 },
        note: 'the stylesheets index.html links',
      },
      {
        figure: `vite build cold, ${r.notes} notes`,
        value: median(r.coldSeconds),
        unit: 's',
        baseline:
          r.baselineParseSeconds === null
            ? null
            : { label: 'parsing the notes on one thread', value: r.baselineParseSeconds },
        ...(r.notes >= 1000 ? { budget: '≤ 30 s', pass: median(r.coldSeconds) <= 30 } : {}),
        note: `median of ${r.coldSeconds.length}; warm ${fmt(median(r.warmSeconds))} s`,
      },
    )
  }
  const warm = dev.find((d) => d.cache === 'warm')
  if (warm?.editToNoteMs != null)
    figures.push({
      figure: `dev server, ${COUNTS.at(-1)} notes: edit → note`,
      value: warm.editToNoteMs,
      unit: 'ms',
      baseline: { label: 'asking for an unedited note', value: warm.secondNoteMs },
      budget: '≤ 1000 ms',
      pass: warm.editToNoteMs <= 1000,
    })
  return figures
}

async function main(): Promise<void> {
  const reportMachine = machineInfo()
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
  const out = join(ROOT, 'bench/vault-results.json')
  mkdirSync(join(ROOT, 'bench'), { recursive: true })
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: loadavg()[0] ?? 0 },
    builds: sizes,
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
  const report = writeReport({
    name: 'vault',
    title: 'Vault build, note page JS and CSS, dev server',
    measuredAt: results.date,
    machine: reportMachine,
    figures: vaultFigures(sizes, dev),
  })
  console.log(`wrote ${report}`)
  rmSync(WORK, { recursive: true, force: true })
}

await main()
