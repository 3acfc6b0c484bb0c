// How the real notes' stamps are classified (DESIGN §2): by the checker,
// without the duration, and by the reader at a plausible length for each video
// (read off the note's own stamps; the real lengths are not in the corpus).
// Skipped where ../shared/corpus is missing, like corpus.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { classifyNoteStamps, readStampsAsMinutes } from '../../src/note/read-stamps-as-minutes.ts'
import { toSeconds } from '../../src/time/seconds.ts'

const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))
const corpusFound = existsSync(CORPUS_DIR)

function parseCorpusNote(videoId: string) {
  const name = readdirSync(CORPUS_DIR).find((file) => file.startsWith(`${videoId}__`))
  if (!name) throw new Error(`no corpus note for ${videoId}`)
  return parseNote(readFileSync(join(CORPUS_DIR, name), 'utf8'), { slug: name.slice(0, -3) })
}

const STAMP_RULES = new Set(['stamps-minutes-as-hours', 'stamps-mixed'])

describe.skipIf(!corpusFound)('the real notes’ stamps', () => {
  it.each([
    // Whole minutes as hours, one stamp (0:21:25) under an hour with another field.
    ['Edya6gkz6-4', 52 * 60, 'minutes-as-hours', 'stamps-minutes-as-hours'],
    // Every stamp whole minutes as hours.
    ['nc8Qi8UTT7Y', 7 * 60, 'minutes-as-hours', 'stamps-minutes-as-hours'],
    // Minutes as hours up to 58:09:00, then real hours 1:05:28 to 1:19:01.
    ['SWB2pTY3UDM', 80 * 60, 'mixed', 'stamps-mixed'],
    // Minutes as hours beside 05:08:50 and real hours up to 1:58:20.
    ['l956ye13F8M', 2 * 3600, 'mixed', 'stamps-mixed'],
    // Real hours, an eight-and-a-half-hour stream: nothing to say.
    ['5lnQYIpvjnM', 8.5 * 3600, 'fits', null],
    // Whole minutes under an hour, all real.
    ['QFc7jXZ2pdE', 3600, 'fits', null],
    ['b7bStIQovcY', 70 * 60, 'fits', null],
  ])('%s: at %d s the reader finds it %s; the checker says %s', (id, duration, reading, rule) => {
    const { doc, diagnostics } = parseCorpusNote(id)
    const stampRules = diagnostics.map((d) => d.rule).filter((r) => STAMP_RULES.has(r))
    expect(stampRules).toEqual(rule === null ? [] : [rule])
    expect(classifyNoteStamps(doc, toSeconds(duration)).type).toBe(reading)
  })

  it('Edya6gkz6-4, repaired, cites nothing past its video and keeps 0:21:25 as written', () => {
    const { doc } = parseCorpusNote('Edya6gkz6-4')
    const times = readStampsAsMinutes(doc, 0).claims.flatMap((c) =>
      c.citations.map((x) => x.seconds),
    )
    expect(Math.max(...times)).toBe(50 * 60 + 48)
    expect(times).toContain(21 * 60 + 25)
    expect(times).toContain(24)
  })
})
