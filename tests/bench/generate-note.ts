// A deterministic, synthetic note for the parse benchmark: every construct the
// real notes use (headings with wikilinks, paragraphs of claims, bold-led list
// items, nested items, anchor runs, bare stamps, callouts, tables), repeated
// until the note reaches the size asked for. About one citation per 100 bytes,
// so 1 MB holds about 10,000 citations.
import { formatTimestamp } from '../../src/time/timestamp.ts'

const SUBJECTS = [
  'The harbour pilot',
  'A lighthouse keeper',
  'The tide table',
  'Coastal erosion',
  'The ferry schedule',
  'A salt marsh',
  'The fishing fleet',
  'Storm surge',
] as const

const PREDICATES = [
  'changes with the season',
  'depends on the moon more than the wind',
  'was mapped by hand in the last century',
  'matters most on the spring tides',
  'is cheaper to watch than to repair',
  'keeps a log of every passing ship',
] as const

const TARGETS = ['tidal_range', 'North Sea', 'Rías Baixas', 'harbour_master'] as const

/** Picks from a list by a running counter, so the note is the same on every run. */
function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T
}

/** A citation anchor whose time wanders over three hours, as real notes do. */
function anchor(n: number): string {
  const stamp = formatTimestamp((n * 7919) % 10_800)
  return `<a class="yt-timestamp" data-t="${stamp}">[${stamp}]</a>`
}

function sentence(n: number): string {
  return `${pick(SUBJECTS, n)} ${pick(PREDICATES, n * 5 + 1)}`
}

/** One section: about 40 citations in ~4 KB. `c` is the running citation counter. */
function section(s: number, c: { n: number }): string {
  const cite = () => anchor(c.n++)
  const link = `[[${pick(TARGETS, s)} | ${pick(SUBJECTS, s)}]]`
  const lines = [`## Part ${s + 1}: ${link} and the coast`, '']
  for (let p = 0; p < 3; p++) {
    lines.push(
      `${sentence(c.n)} ${cite()}. ${sentence(c.n + 1)}, near [[${pick(TARGETS, c.n)}]] ${cite()}, ${cite()}.`,
      `${sentence(c.n + 2)} ${cite()} ${cite()}; the rest is prose without a stamp.`,
      '',
    )
  }
  for (let i = 0; i < 6; i++) {
    lines.push(`*   **${pick(SUBJECTS, i + s)}**: ${sentence(c.n)} ${cite()}.`)
    lines.push(`    *   ${sentence(c.n + 3)} ${cite()}`)
  }
  lines.push('', `> [!note] Aside ${s + 1}`, `> ${sentence(c.n)} ${cite()}.`, '')
  lines.push('| Topic | When |', '| --- | --- |')
  lines.push(`| ${pick(SUBJECTS, s)} | ${cite()} |`, `| ${pick(SUBJECTS, s + 3)} | ${cite()} |`, '')
  for (let b = 0; b < 4; b++) {
    const stamp = formatTimestamp((c.n++ * 104_729) % 10_800)
    lines.push(`${sentence(c.n + b)}, said again later [${stamp}].`, '')
  }
  return lines.join('\n')
}

/** A note of at least `targetBytes` UTF-8 bytes, the same for the same size. */
export function generateNote(targetBytes: number): string {
  const parts = [
    '---',
    'title: Synthetic benchmark note',
    'videoId: Bench_00001',
    '---',
    '',
    'From: [[bench-channel]] <br/>',
    '',
  ]
  const counter = { n: 0 }
  let bytes = Buffer.byteLength(parts.join('\n'))
  for (let s = 0; bytes < targetBytes; s++) {
    const next = section(s, counter)
    parts.push(next)
    bytes += Buffer.byteLength(next) + 1
  }
  return parts.join('\n')
}
