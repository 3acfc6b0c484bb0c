// Time-index benchmark: `activeClaimsAt` (binary search over the windows)
// against a linear scan of the same windows, on made-up notes of 10k and 50k
// claims, in the same run. The frame loop asks once per frame, so a lookup
// must not grow with the note (DESIGN §6: work per frame constant in the size
// of the note). The scan is also the oracle: every answer is checked against it.
// Writes bench/time-index.json.
//
//   npx tsx tests/bench/time-index.bench.ts [--quick]
import { intervalHolds, toSeconds } from '../../src/time/seconds.ts'
import {
  activeClaimsAt,
  buildTimeIndex,
  type IndexedClaim,
  type TimeIndex,
  windowsOf,
} from '../../src/time/time-index.ts'
import { type BenchFigure, isQuick, machineInfo, median, writeReport } from './bench-report.ts'
import { printTable } from './print-table.ts'
import { seededRandom } from './seeded-random.ts'

const QUICK = isQuick()
const VIDEO_S = 4 * 3600
const LOOKUPS = 20_000
const RUNS = QUICK ? 3 : 7

/** Claims citing one to three moments of a four-hour video, out of video order as real notes are. */
function makeClaims(count: number): IndexedClaim[] {
  const random = seededRandom(count)
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    citations: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      seconds: toSeconds(Math.floor(random() * VIDEO_S)),
    })),
  }))
}

/** The baseline: walk every window until one holds t. */
function scanClaimsAt(index: TimeIndex, t: number): readonly string[] {
  for (const window of windowsOf(index)) if (intervalHolds(window.interval, t)) return window.ids
  return []
}

/** Median ns per lookup of `lookup` over the same times, `RUNS` passes after one warm-up. */
function nsPerLookup(times: readonly number[], lookup: (t: number) => unknown): number {
  const pass = () => {
    const start = performance.now()
    for (const t of times) lookup(t)
    return ((performance.now() - start) * 1e6) / times.length
  }
  pass()
  return median(Array.from({ length: RUNS }, pass))
}

function checkAgainstScan(index: TimeIndex, times: readonly number[]): void {
  for (const t of times) {
    const fast = activeClaimsAt(index, t).join()
    const slow = scanClaimsAt(index, t).join()
    if (fast !== slow) throw new Error(`activeClaimsAt(${t}) = [${fast}], the scan says [${slow}]`)
  }
}

function benchSize(count: number): BenchFigure[] {
  const claims = makeClaims(count)
  const builds = Array.from({ length: RUNS }, () => {
    const start = performance.now()
    buildTimeIndex(claims)
    return performance.now() - start
  })
  const sorts = Array.from({ length: RUNS }, () => {
    const start = performance.now()
    claims.flatMap((c) => c.citations.map((x) => x.seconds)).toSorted((a, b) => a - b)
    return performance.now() - start
  })
  const index = buildTimeIndex(claims)
  const random = seededRandom(count + 1)
  const times = Array.from({ length: LOOKUPS }, () => random() * VIDEO_S)
  checkAgainstScan(index, times.slice(0, 2_000))
  const scanTimes = times.slice(0, QUICK ? 500 : 2_000)
  const ours = nsPerLookup(times, (t) => activeClaimsAt(index, t))
  const scan = nsPerLookup(scanTimes, (t) => scanClaimsAt(index, t))
  const windows = windowsOf(index).length
  return [
    {
      figure: `time index ${count / 1000}k claims: activeClaimsAt`,
      value: ours,
      unit: 'ns/lookup',
      baseline: { label: 'linear scan of the windows', value: scan },
      budget: '< linear scan',
      pass: ours < scan,
      note: `${windows} windows; ${LOOKUPS} lookups (scan ${scanTimes.length}), median of ${RUNS} passes; answers checked against the scan`,
    },
    {
      figure: `time index ${count / 1000}k claims: buildTimeIndex`,
      value: median(builds),
      unit: 'ms',
      baseline: { label: 'sorting the citation times alone', value: median(sorts) },
      note: `median of ${RUNS} builds`,
    },
  ]
}

function main(): void {
  const machine = machineInfo()
  console.log(
    `Time-index benchmark — Node ${machine.node}, ${machine.cores} cores (${machine.cpu}), load ${machine.load}`,
  )
  const figures = [10_000, 50_000].flatMap(benchSize)
  printTable(
    ['figure', 'value', 'baseline', 'ratio', 'note'],
    figures.map((f) => [
      f.figure,
      `${f.value.toFixed(f.unit === 'ms' ? 1 : 0)} ${f.unit}`,
      (f.baseline?.value ?? Number.NaN).toFixed(f.unit === 'ms' ? 1 : 0),
      `${(f.value / (f.baseline?.value ?? Number.NaN)).toFixed(3)}×`,
      f.note ?? '',
    ]),
  )
  const path = writeReport({
    name: 'time-index',
    title: 'Time-index lookups against a linear scan',
    measuredAt: new Date().toISOString(),
    machine,
    figures,
  })
  console.log(`wrote ${path}`)
}

main()
