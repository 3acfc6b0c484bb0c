// Parse benchmark (DESIGN §6: at most 1.5× plain remark → rehype on the same
// input, linear in size to 5 MB). parseNote against that baseline in the same
// run, the two alternating run by run, since single times on these machines
// are noisy and only ratios hold. Writes bench/parse.json.
//
//   npx tsx tests/bench/parse.bench.ts [--quick]
//
// Inputs: the seed note; every real note of ../shared/corpus (skipped with a
// message when absent); generated notes of 1k, 10k and 50k claims; and the
// scaling pair, 6.25k and 50k claims (0.8 and 6.3 MB, past DESIGN's 5 MB),
// whose cost per MB must stay flat. `--quick`: 1k, 10k, and 1k → 8k for scaling.
// Times are CPU time (see cpuMs), medians of several runs after a warm-up.
// The baseline stops at the hast tree: parseNote returns a tree, not HTML, so
// tree against tree is the like-for-like comparison.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import rehypeRaw from 'rehype-raw'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { parseNote } from '../../src/note/parse-note.ts'
import { type BenchFigure, isQuick, machineInfo, median, writeReport } from './bench-report.ts'
import { generateNote } from './generate-note.ts'
import { printTable } from './print-table.ts'

const SEED = fileURLToPath(
  new URL('../../content/collaboration-between-space-agencies.md', import.meta.url),
)
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const MB = 1024 * 1024
const QUICK = isQuick()
const RATIO_BUDGET = 1.5
/** Cost per MB at 8× may be at most this much of the cost at 1×: linear, with room for noise. */
const LINEAR_BUDGET = 1.25
const BASELINE_LABEL = 'remark → rehype (gfm, raw)'

const baseline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)

const parseOurs = (source: string) => void parseNote(source, { slug: 'bench' })
const parseBaseline = (source: string) => void baseline.runSync(baseline.parse(source))

interface Pair {
  readonly ours: number
  readonly baseline: number
  readonly runs: number
}

/**
 * The CPU time `work` took in this process (user + system, GC threads
 * included), in ms: unlike wall time it does not grow when other processes
 * share the cores, which on these machines they always do.
 */
function cpuMs(work: () => void): number {
  // A clean heap for each run (when Node runs with --expose-gc, as `npm run
  // bench` starts it), so one run's garbage is not the next one's cost.
  ;(globalThis as { gc?: () => void }).gc?.()
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Median CPU ms of each over `runs` runs after `warmUp`, alternating so a slow spell hits both. */
function measureBatches(ours: () => void, base: () => void, warmUp: number, runs: number): Pair {
  for (let i = 0; i < warmUp; i++) {
    ours()
    base()
  }
  const times = { ours: [] as number[], base: [] as number[] }
  for (let i = 0; i < runs; i++) {
    times.ours.push(cpuMs(ours))
    times.base.push(cpuMs(base))
  }
  return { ours: median(times.ours), baseline: median(times.base), runs }
}

const measurePair = (source: string, warmUp: number, runs: number) =>
  measureBatches(
    () => parseOurs(source),
    () => parseBaseline(source),
    warmUp,
    runs,
  )

const megabytes = (source: string) => Buffer.byteLength(source) / MB

function ratioFigure(input: string, pair: Pair, note: string): BenchFigure {
  const ratio = pair.ours / pair.baseline
  return {
    figure: `parse ${input}: ours / baseline`,
    value: ratio,
    unit: '×',
    baseline: { label: `${BASELINE_LABEL} = 1×`, value: 1 },
    budget: `≤ ${RATIO_BUDGET}×`,
    pass: ratio <= RATIO_BUDGET,
    note: `ours ${pair.ours.toFixed(1)} ms, baseline ${pair.baseline.toFixed(1)} ms; ${note}`,
  }
}

function timeFigure(input: string, pair: Pair, note: string): BenchFigure {
  return {
    figure: `parse ${input}`,
    value: pair.ours,
    unit: 'ms',
    baseline: { label: BASELINE_LABEL, value: pair.baseline },
    note: `CPU ms, median of ${pair.runs} runs; ${note}`,
  }
}

function perMbFigure(input: string, pair: Pair, mb: number): BenchFigure {
  return {
    figure: `parse ${input}: ms per MB`,
    value: pair.ours / mb,
    unit: 'ms/MB',
    baseline: { label: BASELINE_LABEL, value: pair.baseline / mb },
    note: `${mb.toFixed(2)} MB, median of ${pair.runs} runs`,
  }
}

function benchSeed(): BenchFigure[] {
  const source = readFileSync(SEED, 'utf8')
  const pair = measurePair(source, 10, QUICK ? 15 : 50)
  const note = `${Buffer.byteLength(source)} bytes, ${parseNote(source, { slug: 'b' }).doc.citationCount} citations`
  return [timeFigure('seed note', pair, note), ratioFigure('seed note', pair, note)]
}

/** Every real note of ../shared/corpus, each parsed on its own, as one batch. */
function benchCorpus(): BenchFigure[] {
  if (!existsSync(CORPUS)) {
    console.log(`corpus: skipped, ${CORPUS} not found`)
    return []
  }
  const sources = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(`${CORPUS}${name}`, 'utf8'))
  const runAll = (parse: (source: string) => void) => () => sources.forEach(parse)
  const pair = measureBatches(runAll(parseOurs), runAll(parseBaseline), 3, QUICK ? 5 : 20)
  const kb = sources.reduce((sum, s) => sum + Buffer.byteLength(s), 0) / 1024
  const note = `${sources.length} notes, ${kb.toFixed(0)} KB`
  return [timeFigure('corpus', pair, note), ratioFigure('corpus', pair, note)]
}

/** A generated note of about `claims` claims (the generator's density, measured on a sample). */
function noteWithClaims(claims: number, bytesPerClaim: number): { source: string; claims: number } {
  const source = generateNote(claims * bytesPerClaim)
  return { source, claims: parseNote(source, { slug: 'b' }).doc.claims.length }
}

function measureBytesPerClaim(): number {
  const sample = generateNote(256 * 1024)
  return Buffer.byteLength(sample) / parseNote(sample, { slug: 'b' }).doc.claims.length
}

/** The generated notes, and the scaling pair among them: 1× and 8× the claims. */
const SIZES = QUICK
  ? { each: [1_000, 10_000], runs: [3, 1], scaling: [1_000, 8_000], scalingRuns: [3, 1] }
  : { each: [1_000, 10_000], runs: [5, 3], scaling: [6_250, 50_000], scalingRuns: [3, 1] }

interface Measured {
  readonly claims: number
  readonly mb: number
  readonly pair: Pair
}

function measureGenerated(claims: number, runs: number, bytesPerClaim: number): Measured {
  const input = noteWithClaims(claims, bytesPerClaim)
  const pair = measurePair(input.source, 1, runs)
  return { claims: input.claims, mb: megabytes(input.source), pair }
}

function generatedFigures(wanted: number, m: Measured): BenchFigure[] {
  const name = `generated ${wanted / 1000}k claims`
  const note = `${m.claims} claims, ${m.mb.toFixed(2)} MB`
  return [
    timeFigure(name, m.pair, note),
    ratioFigure(name, m.pair, note),
    perMbFigure(name, m.pair, m.mb),
  ]
}

/** Cost per MB at 8× the claims against 1×: 1.0 is perfectly linear. */
function scalingFigure(one: Measured, eight: Measured): BenchFigure {
  const perMb = (m: Measured) => ({ ours: m.pair.ours / m.mb, baseline: m.pair.baseline / m.mb })
  const a = perMb(one)
  const b = perMb(eight)
  const growth = b.ours / a.ours
  return {
    figure: `parse scaling 1×→8× (${one.mb.toFixed(2)} → ${eight.mb.toFixed(2)} MB): ms/MB at 8× ÷ at 1×`,
    value: growth,
    unit: '×',
    baseline: { label: `${BASELINE_LABEL}, same inputs`, value: b.baseline / a.baseline },
    budget: `≤ ${LINEAR_BUDGET}× (linear)`,
    pass: growth <= LINEAR_BUDGET,
    note: `ours ${a.ours.toFixed(0)} → ${b.ours.toFixed(0)} ms/MB, baseline ${a.baseline.toFixed(0)} → ${b.baseline.toFixed(0)} ms/MB; median of ${one.pair.runs} and ${eight.pair.runs} runs`,
  }
}

function benchGenerated(bytesPerClaim: number): BenchFigure[] {
  // Each size once, though the scaling pair may share one with the list (as --quick's 1k does).
  const runsOf = new Map<number, number>()
  SIZES.each.forEach((claims, i) => runsOf.set(claims, SIZES.runs[i] ?? 1))
  SIZES.scaling.forEach((claims, i) => runsOf.set(claims, SIZES.scalingRuns[i] ?? 1))
  const measured = new Map(
    [...runsOf].map(([claims, runs]) => [claims, measureGenerated(claims, runs, bytesPerClaim)]),
  )
  const figures = [...measured].flatMap(([claims, m]) => generatedFigures(claims, m))
  const [small, large] = SIZES.scaling.map((claims) => measured.get(claims)!) as [
    Measured,
    Measured,
  ]
  figures.push(scalingFigure(small, large))
  return figures
}

function main(): void {
  const machine = machineInfo()
  console.log(
    `Parse benchmark — Node ${machine.node}, ${machine.cores} cores (${machine.cpu}), load ${machine.load}${QUICK ? ', quick' : ''}`,
  )
  console.log(`baseline: ${BASELINE_LABEL} → hast (no stringify); CPU ms, medians`)
  const figures = [...benchSeed(), ...benchCorpus(), ...benchGenerated(measureBytesPerClaim())]
  printTable(
    ['figure', 'value', 'baseline', 'budget', 'pass', 'note'],
    figures.map((f) => [
      f.figure,
      `${f.value.toFixed(2)} ${f.unit}`,
      f.baseline ? f.baseline.value.toFixed(2) : '',
      f.budget ?? '',
      f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
      f.note ?? '',
    ]),
  )
  const path = writeReport({
    name: 'parse',
    title: 'Parse: parseNote against plain remark → rehype',
    measuredAt: new Date().toISOString(),
    machine,
    figures,
  })
  console.log(`wrote ${path}`)
}

main()
