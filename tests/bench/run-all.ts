// `npm run bench`: every benchmark in turn, each in its own process (so one's
// heap and JIT do not skew another's), each writing bench/<name>.json through
// bench-report.ts; then one table of every figure beside its baseline, and
// bench/results.json holding every report, the machine and the date.
//
//   npm run bench [-- --quick] [-- --only parse,lighthouse]
//
// `--quick` (BENCH_QUICK=1 for each bench): fewer runs and sizes, ~5 minutes
// instead of ~15. A report in bench/ that no bench here wrote (another lane's,
// or one left from an earlier run) is shown too, marked with its date.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type BenchFigure,
  type BenchReport,
  isQuick,
  machineInfo,
  reportPath,
} from './bench-report.ts'
import { printTable } from './print-table.ts'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Bench {
  /** The report it writes: bench/<name>.json. */
  readonly name: string
  readonly script: string
  readonly args: (quick: boolean) => readonly string[]
  /** Node flags: a bigger heap for the benches that build big trees, `gc()` between runs. */
  readonly nodeFlags?: readonly string[]
}

const BENCHES: readonly Bench[] = [
  {
    name: 'parse',
    script: 'parse.bench.ts',
    args: () => [],
    nodeFlags: ['--max-old-space-size=6144', '--expose-gc'],
  },
  { name: 'time-index', script: 'time-index.bench.ts', args: () => [] },
  {
    name: 'highlight-lag',
    script: 'highlight-lag.bench.ts',
    args: (quick) => (quick ? ['--boundaries', '8'] : []),
  },
  // Written by the reader-at-scale work; run when present.
  { name: 'reader-scale', script: 'reader-scale.bench.ts', args: () => [] },
  { name: 'vault', script: 'build-vault.bench.ts', args: () => ['1', '1000'] },
  { name: 'search', script: 'search.bench.ts', args: () => [] },
  {
    name: 'lighthouse',
    script: 'lighthouse.bench.ts',
    args: (quick) => (quick ? ['--runs', '1'] : []),
  },
]

interface Ran {
  readonly name: string
  readonly status: 'ok' | 'failed' | 'absent'
  readonly seconds: number
}

function runBench(bench: Bench, quick: boolean): Ran {
  const script = join(HERE, bench.script)
  if (!existsSync(script)) {
    console.log(`\n== ${bench.name}: skipped, ${bench.script} not found`)
    return { name: bench.name, status: 'absent', seconds: 0 }
  }
  console.log(`\n== ${bench.name} (${bench.script})`)
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    [...(bench.nodeFlags ?? []), '--import', 'tsx', script, ...bench.args(quick)],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
    },
  )
  const seconds = (performance.now() - started) / 1000
  const ok = child.status === 0 && existsSync(reportPath(bench.name))
  if (!ok) console.log(`== ${bench.name}: FAILED (exit ${child.status ?? child.signal})`)
  return { name: bench.name, status: ok ? 'ok' : 'failed', seconds }
}

function isReport(value: unknown): value is BenchReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BenchReport).name === 'string' &&
    Array.isArray((value as BenchReport).figures)
  )
}

/** Every report in bench/ (results.json and older shapes aside), in the order the benches ran. */
function readReports(order: readonly string[]): BenchReport[] {
  const folder = join(ROOT, 'bench')
  const reports = readdirSync(folder)
    .filter((file) => file.endsWith('.json') && file !== 'results.json')
    .flatMap((file) => {
      const value: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'))
      return isReport(value) ? [value] : []
    })
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length)
  return reports.toSorted((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
}

function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a'
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : unit === 'CLS' ? 3 : 2
  return value.toFixed(digits)
}

function row(report: BenchReport, f: BenchFigure, startedAt: string): string[] {
  const stale = report.measuredAt < startedAt ? ` (from ${report.measuredAt.slice(0, 16)})` : ''
  const ratio =
    f.baseline && f.baseline.value !== 0 ? `${(f.value / f.baseline.value).toFixed(2)}×` : ''
  return [
    `${f.figure}${stale}`,
    `${formatValue(f.value, f.unit)} ${f.unit}`,
    f.baseline ? formatValue(f.baseline.value, f.unit) : '–',
    ratio,
    f.budget ?? '',
    f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
  ]
}

function main(): void {
  const quick = isQuick()
  const only = process.argv.includes('--only')
    ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',')
    : null
  const startedAt = new Date().toISOString()
  const machineAtStart = machineInfo()
  console.log(
    `npm run bench${quick ? ' --quick' : ''} — ${machineAtStart.cpu}, ${machineAtStart.cores} cores, Node ${machineAtStart.node}, load ${machineAtStart.load} at ${startedAt}`,
  )
  const ran = BENCHES.filter((b) => !only || only.includes(b.name)).map((b) => runBench(b, quick))
  const reports = readReports(BENCHES.map((b) => b.name))
  const machineAtEnd = machineInfo()

  console.log(`\n== every figure (value beside the baseline measured in the same run)`)
  printTable(
    ['figure', 'value', 'baseline', 'ratio', 'budget', 'pass'],
    reports.flatMap((report) => report.figures.map((f) => row(report, f, startedAt))),
  )
  const budgeted = reports.flatMap((r) => r.figures).filter((f) => f.pass !== undefined)
  const missed = budgeted.filter((f) => !f.pass)
  console.log(
    `\n${budgeted.length - missed.length}/${budgeted.length} budgets hold` +
      (missed.length ? `; missed: ${missed.map((f) => f.figure).join('; ')}` : '') +
      `\nbenches: ${ran.map((r) => `${r.name} ${r.status} ${r.seconds.toFixed(0)} s`).join(', ')}` +
      `\nload average ${machineAtStart.load} at start, ${machineAtEnd.load} at the end (${machineAtStart.cores} cores shared)`,
  )
  const results = {
    measuredAt: startedAt,
    finishedAt: new Date().toISOString(),
    quick,
    machine: { ...machineAtStart, loadAtEnd: machineAtEnd.load },
    benches: ran,
    reports,
  }
  const out = join(ROOT, 'bench/results.json')
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`wrote ${out}`)
  if (ran.some((r) => r.status === 'failed')) process.exitCode = 1
}

main()
