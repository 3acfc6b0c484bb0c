// The three-hour playthrough note (issue 9): a made-up note of about a
// thousand claims over a three-hour video, for reader-playthrough.spec.ts.
// Its cited moments are 3 to 20 s apart (so every window is at least
// PLAYTHROUGH_MIN_WINDOW_S long), with now and then a silence longer than the
// reader's 60 s dwell, where no claim is active. Consecutive moments are
// grouped into sections, and the sections are written out of video order.
// Some claims share a second; some cite two moments of their section. The
// text and video id are invented.
import { formatTimestamp } from '../../../src/time/timestamp.ts'

export const PLAYTHROUGH_SLUG = 'three-hours-at-sixteen'
export const PLAYTHROUGH_VIDEO_ID = 'Play_3hCdEf'
export const PLAYTHROUGH_DURATION_S = 10_800
/** The shortest window of the note: the smallest step between two cited moments. */
export const PLAYTHROUGH_MIN_WINDOW_S = 3
const MAX_STEP_S = 20
/** Every so many moments, a silence longer than the dwell (60 s): no claim is active in it. */
const SILENCE_EVERY = 90
const SILENCE_S = 75
const MOMENTS_PER_SECTION = 12

const SUBJECTS = ['The river pilot', 'A lock keeper', 'The towpath', 'Spring flood']
const PREDICATES = [
  'rises faster than the charts say',
  'was dredged twice in living memory',
  'keeps the barges waiting at dawn',
  'changes course after every storm',
  'is counted in locks, not in miles',
]
const TARGETS = ['canal_locks', 'Severn Bore', 'lock_keeper']

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!

/** A small deterministic generator (mulberry32), so the note is the same on every run. */
function createRandom(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** The cited moments, ascending, from 0:07 to at most 30 s before the end. */
function citedMoments(): number[] {
  const random = createRandom(9)
  const moments: number[] = []
  let t = 7
  while (t <= PLAYTHROUGH_DURATION_S - 30) {
    moments.push(t)
    const step =
      moments.length % SILENCE_EVERY === 0
        ? SILENCE_S
        : PLAYTHROUGH_MIN_WINDOW_S +
          Math.floor(random() * (MAX_STEP_S - PLAYTHROUGH_MIN_WINDOW_S + 1))
    t += step
  }
  return moments
}

/** One section: the claims of its moments, each a sentence ending in its stamps. */
function section(s: number, moments: readonly number[]): string {
  const stamp = (k: number) => `[${formatTimestamp(moments[k]!)}]`
  const sentence = (k: number) => `${pick(SUBJECTS, s + k)} ${pick(PREDICATES, s * 3 + k)}`
  const lines = [`## Reach ${s + 1}: ${pick(SUBJECTS, s)} and the weirs`, '']
  const claims: string[] = []
  moments.forEach((_, k) => {
    // A claim citing two moments (it is active in both windows, not between).
    if (k % 7 === 3 && k + 2 < moments.length)
      claims.push(`${sentence(k)}, and said again later ${stamp(k)} ${stamp(k + 2)}.`)
    else claims.push(`${sentence(k)} ${stamp(k)}.`)
    // Two claims on one second: both light up together.
    if (k % 5 === 1)
      claims.push(
        `${pick(SUBJECTS, s + k + 1)} agrees, near [[${pick(TARGETS, s + k)}]] ${stamp(k)}.`,
      )
  })
  // A paragraph of four claims, then a list, then one claim a paragraph.
  lines.push(claims.slice(0, 4).join(' '), '')
  for (const claim of claims.slice(4, 8)) lines.push(`- ${claim}`)
  lines.push('')
  for (const claim of claims.slice(8)) lines.push(claim, '')
  return lines.join('\n')
}

export function playthroughNoteMarkdown(): string {
  const moments = citedMoments()
  const count = Math.ceil(moments.length / MOMENTS_PER_SECTION)
  const head = ['---', 'title: Three hours at sixteen', `videoId: ${PLAYTHROUGH_VIDEO_ID}`, '---']
  const sections = Array.from({ length: count }, (_, s) => {
    // Section s covers part (s × 31) mod count of the video: far from its neighbours' parts.
    const part = (s * 31) % count
    const start = part * MOMENTS_PER_SECTION
    return section(s, moments.slice(start, start + MOMENTS_PER_SECTION))
  })
  return [...head, '', 'From: [[playthrough-channel]]', '', ...sections].join('\n')
}
