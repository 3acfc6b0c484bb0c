// The one shape every benchmark reports in, so `npm run bench` can print them
// side by side and keep them in bench/results.json. A figure is never alone:
// each carries the baseline it was measured against in the same run (these
// machines are shared and noisy; ratios hold, single times don't).
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One measured figure beside its baseline. */
export interface BenchFigure {
  /** What was measured, e.g. "parse, generated 10k claims". */
  readonly figure: string
  /** The median (or the single reading, when only one makes sense). */
  readonly value: number
  /** "ms", "KB", "count", "score", "×"… */
  readonly unit: string
  /** What the same run measured to compare against, e.g. plain remark → rehype. */
  readonly baseline: { readonly label: string; readonly value: number } | null
  /** The DESIGN §6 budget this figure answers to, in words, e.g. "≤ 1.5× baseline". */
  readonly budget?: string
  /** Whether the budget held; absent when the figure has no budget. */
  readonly pass?: boolean
  /** How many runs the median is of, and anything a reader needs to trust it. */
  readonly note?: string
}

/** One benchmark's report: bench/<name>.json. */
export interface BenchReport {
  readonly name: string
  readonly title: string
  readonly measuredAt: string
  readonly machine: MachineInfo
  readonly figures: readonly BenchFigure[]
}

export interface MachineInfo {
  readonly cpu: string
  readonly cores: number
  readonly node: string
  /** 1-minute load average when the bench started: how busy the machine was. */
  readonly load: number
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    load: Number(loadavg()[0]?.toFixed(2)),
  }
}

const BENCH_FOLDER = fileURLToPath(new URL('../../bench/', import.meta.url))

/** The file a benchmark's report is kept in. */
export function reportPath(name: string): string {
  return join(BENCH_FOLDER, `${name}.json`)
}

/** Writes a benchmark's report to bench/<name>.json and returns its path. */
export function writeReport(report: BenchReport): string {
  const path = reportPath(report.name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

/** The median of some readings (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = values.toSorted((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
