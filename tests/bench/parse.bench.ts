// Parse benchmark (DESIGN §6): parseNote against plain remark → rehype on the
// same inputs in the same run, since single times on these machines are noisy
// and only ratios hold. Prints a table; asserts nothing.
//
//   npm run bench          (tsx tests/bench/parse.bench.ts)
//
// The baseline stops at the hast tree: neither rehype-stringify nor
// hast-util-to-html is installed, and parseNote returns a tree, not HTML, so
// tree against tree is also the like-for-like comparison.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import rehypeRaw from 'rehype-raw'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { parseNote } from '../../src/note/parse-note.ts'
import { generateNote } from './generate-note.ts'
import { printTable } from './print-table.ts'

const SEED = fileURLToPath(
  new URL('../../content/collaboration-between-space-agencies.md', import.meta.url),
)
const MB = 1024 * 1024
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

const baseline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)

function parseOurs(source: string): void {
  parseNote(source, { slug: 'bench' })
}

function parseBaseline(source: string): void {
  baseline.runSync(baseline.parse(source))
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

interface Pair {
  readonly ours: number
  readonly baseline: number
}

/**
 * Median milliseconds of each parser over `runs` runs after `warmUp` runs.
 * The two alternate run by run, so a slow spell of the machine hits both.
 */
function measurePair(source: string, warmUp: number, runs: number): Pair {
  return measureBatches(
    () => parseOurs(source),
    () => parseBaseline(source),
    warmUp,
    runs,
  )
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1)
const ratio = (p: Pair) => `${(p.ours / p.baseline).toFixed(2)}×`

function describeInput(source: string): { mb: number; citations: number } {
  const { doc } = parseNote(source, { slug: 'bench' })
  return { mb: Buffer.byteLength(source) / MB, citations: doc.citationCount }
}

function benchSeed(): void {
  const source = readFileSync(SEED, 'utf8')
  const { citations } = describeInput(source)
  const pair = measurePair(source, 10, 50)
  console.log(
    `(a) seed note: ${Buffer.byteLength(source)} bytes, ${citations} citations; median of 50 runs after 10 warm-up`,
  )
  printTable(
    ['input', 'ours ms', 'baseline ms', 'ours/baseline'],
    [['seed note', ms(pair.ours), ms(pair.baseline), ratio(pair)]],
  )
  console.log()
}

function benchSizes(): void {
  const rows: string[][] = []
  for (const mb of [0.25, 0.5, 1]) {
    const source = generateNote(mb * MB)
    const input = describeInput(source)
    const pair = measurePair(source, 1, 5)
    rows.push([
      `${mb} MB generated`,
      input.mb.toFixed(3),
      String(input.citations),
      ms(pair.ours),
      ms(pair.baseline),
      ratio(pair),
      ms(pair.ours / input.mb),
      ms(pair.baseline / input.mb),
    ])
  }
  console.log('(b)(c)(d) generated notes; median of 5 runs each after 1 warm-up')
  printTable(
    [
      'input',
      'MB',
      'citations',
      'ours ms',
      'baseline ms',
      'ours/baseline',
      'ours ms/MB',
      'base ms/MB',
    ],
    rows,
  )
  console.log()
}

/** (e) every real note of ../shared/corpus, each parsed on its own, as one batch. */
function benchCorpus(): void {
  if (!existsSync(CORPUS)) {
    console.log(`(e) corpus: skipped, ${CORPUS} not found\n`)
    return
  }
  const sources = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(`${CORPUS}${name}`, 'utf8'))
  const batch = sources.join('\n\u0000\n')
  const runAll = (parse: (source: string) => void) => () => sources.forEach(parse)
  const pair = measureBatches(runAll(parseOurs), runAll(parseBaseline), 3, 20)
  console.log(
    `(e) corpus: ${sources.length} notes, ${(Buffer.byteLength(batch) / 1024).toFixed(0)} KB; median of 20 batches after 3 warm-up`,
  )
  printTable(
    ['input', 'ours ms', 'baseline ms', 'ours/baseline'],
    [['whole corpus', ms(pair.ours), ms(pair.baseline), ratio(pair)]],
  )
  console.log()
}

function measureBatches(ours: () => void, base: () => void, warmUp: number, runs: number): Pair {
  for (let i = 0; i < warmUp; i++) {
    ours()
    base()
  }
  const times = { ours: [] as number[], base: [] as number[] }
  for (let i = 0; i < runs; i++) {
    let start = performance.now()
    ours()
    times.ours.push(performance.now() - start)
    start = performance.now()
    base()
    times.base.push(performance.now() - start)
  }
  return { ours: median(times.ours), baseline: median(times.base) }
}

function main(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`Parse benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpu})`)
  console.log(
    'baseline: remark-parse + remark-gfm + remark-rehype + rehype-raw → hast (no stringify)',
  )
  console.log(
    'budgets (DESIGN §6): seed a few ms; 1 MB under 1 s, linear in size; ours ≤ 1.5× baseline\n',
  )
  benchSeed()
  benchCorpus()
  benchSizes()
}

main()
