// The reader's scale note (issue 9): a made-up note of 10,080 claims citing
// moments all over a three-hour video, its sections out of video order, for
// the browser tests' vault and the reader-scale benchmark. Claims end in bare
// stamps (`[1:02:03]`), which the build reads much faster than the HTML
// anchors of tests/bench/generate-note.ts: that one's 10,000 claims (1.3 MB)
// take the build about its 10 s limit per note on a busy machine. Each section
// holds paragraphs of claims, a bulleted list, wikilinks, a claim citing two
// moments and claims sharing a second. The text and video id are invented.
import { formatTimestamp } from '../../../src/time/timestamp.ts'

export const SCALE_SLUG = 'ten-thousand-claims'
export const SCALE_VIDEO_ID = 'Scale_10kAb'
/** The video's length: three hours; the last citation is just before it. */
export const SCALE_DURATION_S = 10_800
export const SCALE_SECTIONS = 360
export const CLAIMS_PER_SECTION = 28
export const SCALE_CLAIMS = SCALE_SECTIONS * CLAIMS_PER_SECTION

const SUBJECTS = ['The harbour pilot', 'A lighthouse keeper', 'The tide table', 'Storm surge']
const PREDICATES = [
  'changes with the season',
  'depends on the moon more than the wind',
  'was mapped by hand in the last century',
  'keeps a log of every passing ship',
  'matters most on the spring tides',
]
const TARGETS = ['tidal_range', 'North Sea', 'harbour_master']

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!

/** The second cited by claim `k` of the section that covers part `part` of the video. */
function secondOf(part: number, k: number): number {
  const perClaim = (SCALE_DURATION_S - 2) / SCALE_CLAIMS
  return Math.floor((part * CLAIMS_PER_SECTION + k) * perClaim)
}

/** Section `s` covers a stretch of the video far from its neighbours' (97 is prime to 360). */
function section(s: number): string {
  const part = (s * 97) % SCALE_SECTIONS
  const stamp = (k: number) => `[${formatTimestamp(secondOf(part, k))}]`
  const sentence = (k: number) => `${pick(SUBJECTS, s + k)} ${pick(PREDICATES, s * 3 + k)}`
  const lines = [`## Stretch ${s + 1}: ${pick(SUBJECTS, s)} and the coast`, '']
  let k = 0
  for (let p = 0; p < 3; p++) {
    const claims = []
    for (let c = 0; c < 4; c++, k++) claims.push(`${sentence(k)} ${stamp(k)}.`)
    lines.push(claims.join(' '), '')
  }
  for (let i = 0; i < 8; i++, k++)
    lines.push(
      `- **${pick(SUBJECTS, i)}**: ${sentence(k)}, near [[${pick(TARGETS, i + s)}]] ${stamp(k)}`,
    )
  lines.push('')
  // Two moments for one claim: it is active in both windows.
  lines.push(`${sentence(k)}, and said again later ${stamp(k)} ${stamp(k + 2)}.`, '')
  k++
  while (k < CLAIMS_PER_SECTION) {
    lines.push(`${sentence(k)} ${stamp(k)}.`, '')
    k++
  }
  return lines.join('\n')
}

export function scaleNoteMarkdown(): string {
  const head = ['---', 'title: Ten thousand claims', `videoId: ${SCALE_VIDEO_ID}`, '---', '']
  const sections = Array.from({ length: SCALE_SECTIONS }, (_, s) => section(s))
  return [...head, 'From: [[scale-channel]]', '', ...sections].join('\n')
}
