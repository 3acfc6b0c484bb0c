// A deterministic, made-up vault for the build benchmark: N markdown files in
// channel folders, with wikilinks between the notes and to ~30 shared topics,
// 20–60 claims a note, and a few topic pages (markdown without a video).
//
//   tsx tests/bench/generate-vault.ts <dir> <count>
//
// The same count gives the same files, byte for byte, on every run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatTimestamp } from '../../src/time/timestamp.ts'
import { seededRandom } from './seeded-random.ts'

const TOPICS = [
  'Tidal Range',
  'Salt Marsh',
  'Harbour Master',
  'Storm Surge',
  'Kelp Forest',
  'Sea Ice',
  'Rip Current',
  'Estuary',
  'Sand Bar',
  'Lighthouse',
  'Fishing Quota',
  'Coral Bleaching',
  'Ocean Gyre',
  'Trade Winds',
  'Monsoon',
  'Delta Farming',
  'Glacier Melt',
  'Fjord',
  'Dune Grass',
  'Mangrove',
  'Shipping Lane',
  'Pilot Boat',
  'Sea Wall',
  'Wave Energy',
  'Plankton Bloom',
  'Whale Song',
  'Tide Pool',
  'Cliff Erosion',
  'Breakwater',
  'Sextant',
] as const

const CHANNELS = [
  'Coastline Talks',
  'The Long Tide',
  'Harbour Hours',
  'Deep Water Lectures',
  'Saltwind Radio',
  'Shore Notes',
  'Outer Banks Podcast',
  'Drift and Current',
  'The Quay',
  'Ebb Street',
  'Northern Light Forum',
  'Pier Review',
] as const

const SUBJECTS = [
  'The harbour pilot',
  'A lighthouse keeper',
  'The tide table',
  'Coastal erosion',
  'The ferry schedule',
  'A salt marsh',
  'The fishing fleet',
  'Storm surge',
  'The river mouth',
  'A sea kayaker',
  'The survey ship',
  'Beach nourishment',
] as const

const PREDICATES = [
  'changes with the season',
  'depends on the moon more than the wind',
  'was mapped by hand in the last century',
  'matters most on the spring tides',
  'is cheaper to watch than to repair',
  'keeps a log of every passing ship',
  'moves a little further inland each decade',
  'was argued over at the town meeting',
  'shows up first in the older charts',
  'needs two people to measure properly',
] as const

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_')
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** An invented 11-character video id: `Zz` and the note's number in base 64. */
function videoIdOf(n: number): string {
  let id = ''
  for (let rest = n; id.length < 9; rest = Math.floor(rest / 64)) id = ALPHABET[rest % 64] + id
  return `Zz${id}`
}

/** A note's title, slug and folder, from its number alone. */
function describeNote(n: number): { title: string; slug: string; channel: string } {
  const random = seededRandom(n * 7 + 1)
  const title = `${pick(SUBJECTS, random)} and ${pick(TOPICS, random).toLowerCase()}, part ${n + 1}`
  return {
    title,
    slug: `note_${String(n).padStart(4, '0')}_${slugOf(title)}`.slice(0, 60),
    channel: pick(CHANNELS, random),
  }
}

function anchor(seconds: number): string {
  const stamp = formatTimestamp(seconds)
  return `<a class="yt-timestamp" data-t="${stamp}">[${stamp}]</a>`
}

/** One video note with 20–60 claims in 3–6 sections. */
function videoNote(n: number, count: number): string {
  const random = seededRandom(n + 1)
  const { title, channel } = describeNote(n)
  const length = 3_600 + Math.floor(random() * 7_200)
  const claims = 20 + Math.floor(random() * 41)
  const sections = 3 + Math.floor(random() * 4)
  const time = () => Math.floor(random() * length)
  const sentence = () => `${pick(SUBJECTS, random)} ${pick(PREDICATES, random)}`
  const link = () => {
    if (random() < 0.6) return `[[${slugOf(pick(TOPICS, random))}]]`
    const other = describeNote(Math.floor(random() * count))
    return random() < 0.5 ? `[[${other.slug} | ${other.title}]]` : `[[${other.title}]]`
  }
  const lines = ['---', `title: ${title}`, `videoId: ${videoIdOf(n)}`, '---', '']
  lines.push(`From: [[${channel}]] <br/>`, '', `${sentence()}, as the talk opens.`, '')
  for (let s = 0, written = 0; s < sections; s++) {
    lines.push(`## ${pick(TOPICS, random)} and ${pick(SUBJECTS, random).toLowerCase()}`, '')
    const target = Math.round(((s + 1) * claims) / sections)
    for (; written < target; written++) {
      const kind = random()
      if (kind < 0.5) lines.push(`${sentence()} near ${link()} ${anchor(time())}.`, '')
      else if (kind < 0.85)
        lines.push(`*   **${pick(SUBJECTS, random)}**: ${sentence()} ${anchor(time())}.`, '')
      else lines.push(`> [!note] Aside`, `> ${sentence()}, said ${link()} ${anchor(time())}.`, '')
    }
  }
  return lines.join('\n')
}

/** A topic's own page: prose about one topic, no video. */
function topicPage(t: number): string {
  const topic = TOPICS[t % TOPICS.length] as string
  return `---\ntitle: ${topic}\n---\n\nA page of its own for ${topic.toLowerCase()}: what the notes below say about it, in prose.\n`
}

/** Writes `count` files into `dir` (emptied first): up to 10 topic pages, the rest video notes. */
export function generateVault(dir: string, count: number): string[] {
  rmSync(dir, { recursive: true, force: true })
  const pages = Math.min(10, Math.floor(count / 10))
  const written: string[] = []
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, text)
    written.push(path)
  }
  for (let t = 0; t < pages; t++)
    write(join(dir, 'topics', `${slugOf(TOPICS[t] as string)}.md`), topicPage(t))
  for (let n = 0; n < count - pages; n++) {
    const { slug, channel } = describeNote(n)
    write(join(dir, slugOf(channel), `${slug}.md`), videoNote(n, count - pages))
  }
  return written
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, countText] = process.argv.slice(2)
  const count = Number(countText)
  if (!dir || !Number.isInteger(count) || count < 1) {
    console.error('Usage: tsx tests/bench/generate-vault.ts <dir> <count>')
    process.exit(2)
  }
  console.log(`Wrote ${generateVault(dir, count).length} notes to ${dir}`)
}
