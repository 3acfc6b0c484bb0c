// Search benchmark (issue 8): the search across notes as search-index.ts uses
// MiniSearch, on the claims of a generated 1,000-note vault, against a linear
// scan (lower-cased `includes` over every text) in the same run, since single
// times on these machines are noisy and only ratios hold. Prints tables;
// asserts nothing.
//
//   npx tsx tests/bench/search.bench.ts
//
// The vault and the queries are deterministic (a seeded generator), so runs
// differ only by the machine.
//
// The choice of library (the table atop src/library/search-index.ts) also
// measured FlexSearch 0.8 and Orama 3.1 on this vault and these queries, by a
// throwaway script importing generateVault, generateQueries and timeQueries
// from here (neither library is a dependency). Their options:
// - FlexSearch: `new Document({ tokenize: 'forward' | 'strict', encoder:
//   Charset.LatinBalance, document: { id: 'id', index: ['text', 'section',
//   'noteTitle'], store: [all six fields] } })`, one `add` per claim,
//   `export` into one JSON object, `search(q, { limit: 20, merge: true,
//   enrich: true })`.
// - Orama: `create({ schema })` with all seven fields, `insertMultiple` in
//   batches of 5,000, `save` → JSON, `search(db, { term, properties: ['text',
//   'section', 'noteTitle'], limit: 20, boost: { noteTitle: 2, section: 1.5 },
//   tolerance })`, tolerance 1 for 6+ letters or 0.
// - Bundle size: `rolldown --minify --format esm --platform browser` of an
//   entry importing what each would use, then `gzip -9`.
import { availableParallelism, cpus } from 'node:os'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { SearchDoc } from '../../src/library/library-entry.ts'
import { createSearchIndexJson, loadSearchIndex } from '../../src/library/search-index.ts'
import { foldWord } from '../../src/library/search-text.ts'
import { machineInfo, median, writeReport } from './bench-report.ts'
import { printTable } from './print-table.ts'
import { seededRandom } from './seeded-random.ts'

const ENGLISH = (
  'the of and to in is that it was for on are with as his they be at one have this from ' +
  'or had by word but what some we can out other were all there when up use your how said ' +
  'an each she which do their time if will way about many then them write would like so ' +
  'these her long make thing see him two has look more day could go come did number sound ' +
  'orbit rocket launch mission budget agency satellite station engine fuel crew lander ' +
  'harbour tide coast storm ferry river bridge market village winter summer island ' +
  'evidence argument history economy policy climate energy water science museum archive ' +
  'Rías Baixas Galicia Zürich São Paulo Kraków naïve café'
).split(' ')

const SYLLABLES =
  'ka lo mi nu re sa ti vo ze qua bri dra fel gon hul jin kor lum mar nox pel ' +
  'quin rav sul tor ulm ven wix yar zol'
const SYLLABLE_LIST = SYLLABLES.split(' ')

/** A made-up vocabulary of 6,000 words of 2–4 syllables. */
function makeVocabulary(random: () => number): string[] {
  const words = new Set<string>()
  while (words.size < 6000) {
    const n = 2 + Math.floor(random() * 3)
    let word = ''
    for (let i = 0; i < n; i++) word += SYLLABLE_LIST[Math.floor(random() * SYLLABLE_LIST.length)]
    words.add(word)
  }
  return [...words]
}

/** Picks with a Zipf-like skew: the first words of the list are much more common. */
function pickSkewed<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(list.length * random() ** 3)]!
}

export interface Vault {
  readonly docs: SearchDoc[]
  readonly words: readonly string[]
}

/** The claims of a vault of `notes` notes, about 40 claims each of 10–40 words. */
export function generateVault(notes = 1000, seed = 8): Vault {
  const random = seededRandom(seed)
  const made = makeVocabulary(random)
  // Real words first: they are the common ones, as in real notes.
  const words = [...ENGLISH, ...made]
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1))
    return Array.from({ length: n }, () => pickSkewed(words, random)).join(' ')
  }
  const docs: SearchDoc[] = []
  for (let n = 0; n < notes; n++) {
    const slug = `note-${n}`
    const noteTitle = capitalise(sentence(2, 6))
    const claims = 30 + Math.floor(random() * 21)
    let section = noteTitle
    for (let c = 0; c < claims; c++) {
      if (c % 8 === 0 && c > 0) section = capitalise(sentence(1, 4))
      const claimId = `c${c + 1}`
      docs.push({
        id: `${slug}#${claimId}`,
        slug,
        claimId,
        seconds: Math.floor(random() * 10_800),
        noteTitle,
        section,
        text: `${capitalise(sentence(10, 40))}.`,
      })
    }
  }
  return { docs, words }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * About 200 queries a reader would type: one to three words from the vault,
 * every prefix of some of them as they are typed, a few typos and a few words
 * the vault does not have.
 */
export function generateQueries(vault: Vault, seed = 80): string[] {
  const random = seededRandom(seed)
  const word = () => pickSkewed(vault.words, random)
  const queries: string[] = []
  for (let i = 0; i < 60; i++) queries.push(word())
  for (let i = 0; i < 40; i++) queries.push(`${word()} ${word()}`)
  for (let i = 0; i < 20; i++) queries.push(`${word()} ${word()} ${word()}`)
  for (let i = 0; i < 12; i++) {
    // typed letter by letter: "or", "orb", "orbi", "orbit"
    const typed = `${i % 2 === 0 ? '' : `${word()} `}${word()}`
    const start = typed.lastIndexOf(' ') + 3
    for (let end = start; end <= typed.length; end++) queries.push(typed.slice(0, end))
  }
  for (let i = 0; i < 10; i++) {
    const w = vault.words[ENGLISH.length + Math.floor(random() * 500)]!
    queries.push(w.slice(0, 2) + w.slice(3)) // one letter dropped
  }
  for (let i = 0; i < 10; i++) queries.push(`zzq${i}xv`)
  return queries.slice(0, 200)
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/** Per-query milliseconds: each query's median over `runs` passes over all queries. */
export function timeQueries(queries: readonly string[], run: (q: string) => void, runs = 5) {
  const perQuery = queries.map(() => [] as number[])
  for (const q of queries) run(q) // warm-up
  for (let r = 0; r < runs; r++) {
    queries.forEach((q, i) => perQuery[i]!.push(time(() => run(q))))
  }
  const medians = perQuery.map(median)
  return { p50: median(medians), p95: percentile(medians, 95) }
}

/** The baseline: every claim whose folded text includes every folded query word. */
function linearScan(docs: readonly SearchDoc[]): (query: string) => number {
  const folded = docs.map((doc) => foldWord(`${doc.noteTitle} ${doc.section} ${doc.text}`))
  return (query) => {
    const words = foldWord(query).split(/\s+/).filter(Boolean)
    let found = 0
    for (const text of folded) if (words.every((w) => text.includes(w))) found++
    return found
  }
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

function main(): void {
  const machine = machineInfo()
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(
    `Search benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpu})`,
  )
  const vault = generateVault()
  const queries = generateQueries(vault)
  const textBytes = vault.docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0)
  console.log(
    `vault: 1,000 notes, ${vault.docs.length} claims, ${kb(textBytes)} of claim text; ${queries.length} queries\n`,
  )

  const builds: number[] = []
  let json = ''
  for (let i = 0; i < 3; i++) builds.push(time(() => (json = createSearchIndexJson(vault.docs))))
  const loads: number[] = []
  let search = loadSearchIndex(json)
  for (let i = 0; i < 5; i++) loads.push(time(() => (search = loadSearchIndex(json))))
  const raw = Buffer.byteLength(json)
  const gzip = gzipSync(json).length
  const ours = timeQueries(queries, (q) => search.search(q, 20))

  const scan = linearScan(vault.docs)
  const baseline = timeQueries(queries, (q) => scan(q))
  const rawText = JSON.stringify(vault.docs)

  console.log(
    'median of 3 builds, 5 loads; query times: per-query median of 5 passes, then p50/p95',
  )
  printTable(
    ['engine', 'JSON raw', 'JSON gzip', 'build ms', 'load ms', 'query p50 ms', 'query p95 ms'],
    [
      [
        'MiniSearch (search-index.ts)',
        kb(raw),
        kb(gzip),
        ms(median(builds)),
        ms(median(loads)),
        ms(ours.p50),
        ms(ours.p95),
      ],
      [
        'linear scan (folded includes)',
        kb(Buffer.byteLength(rawText)),
        kb(gzipSync(rawText).length),
        '-',
        '-',
        ms(baseline.p50),
        ms(baseline.p95),
      ],
    ],
  )
  console.log('(the linear scan ships the docs as JSON; its sizes are theirs)')
  const scanLabel = 'linear scan (folded includes)'
  const path = writeReport({
    name: 'search',
    title: 'Search across a generated 1,000-note vault: MiniSearch against a linear scan',
    measuredAt: new Date().toISOString(),
    machine,
    figures: [
      {
        figure: 'search query p50, 1,000 notes',
        value: ours.p50,
        unit: 'ms',
        baseline: { label: scanLabel, value: baseline.p50 },
        note: `${queries.length} queries, per-query median of 5 passes`,
      },
      {
        figure: 'search query p95, 1,000 notes',
        value: ours.p95,
        unit: 'ms',
        baseline: { label: scanLabel, value: baseline.p95 },
      },
      {
        figure: 'search index gzip, 1,000 notes',
        value: gzip / 1024,
        unit: 'KB',
        baseline: { label: 'the claims as JSON, gzip', value: gzipSync(rawText).length / 1024 },
      },
      {
        figure: 'search index load, 1,000 notes',
        value: median(loads),
        unit: 'ms',
        baseline: { label: 'building it', value: median(builds) },
        note: 'median of 5 loads, 3 builds',
      },
    ],
  })
  console.log(`wrote ${path}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
