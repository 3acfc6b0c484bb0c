import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import {
  citationsBeyond,
  classifyNoteStamps,
  readStampsAsMinutes,
} from '../../src/note/read-stamps-as-minutes.ts'
import { toSeconds } from '../../src/time/seconds.ts'

// A 40-minute talk whose note wrote MM:SS as HH:MM:00, with one honest short stamp.
const NOTE = `---
title: Kilns
videoId: k1lns_00000
---

## Firing

Wood kilns fire for days <a class="yt-timestamp" data-t="14:17:00">[14:17:00]</a>, <a class="yt-timestamp" data-t="31:02:00">[31:02:00]</a>.
Ash glazes form on their own <a class="yt-timestamp" data-t="2:05">[2:05]</a>.
`
const doc = parseNote(NOTE, { slug: 'kilns' }).doc
const FORTY_MINUTES = toSeconds(40 * 60)

describe('stamps written as HH:MM:00 that mean MM:SS', () => {
  it('are recognised when every stamp past the end fits the video read as minutes', () => {
    expect(citationsBeyond(doc, FORTY_MINUTES)).toBe(2)
    expect(classifyNoteStamps(doc, FORTY_MINUTES)).toEqual({
      type: 'minutes-as-hours',
      field: 0,
      late: 2,
    })
  })

  it('are not suspected in a note whose stamps all fit the video', () => {
    expect(classifyNoteStamps(doc, toSeconds(40 * 3600)).type).toBe('fits')
  })

  it('are not suspected when a late stamp would not fit even as minutes', () => {
    expect(classifyNoteStamps(doc, toSeconds(20 * 60)).type).toBe('too-long')
  })

  it('are not suspected when the author already set timestamps: mm:ss', () => {
    const forced = parseNote(NOTE.replace('videoId:', 'timestamps: mm:ss\nvideoId:'), {
      slug: 'kilns',
    }).doc
    expect(classifyNoteStamps(forced, FORTY_MINUTES).type).toBe('fits')
  })

  it('are read as minutes and seconds everywhere the note shows them, with the ids kept', () => {
    const repaired = readStampsAsMinutes(doc, 0)
    expect(repaired.claims.map((c) => [c.id, c.citations.map((x) => x.seconds)])).toEqual([
      ['t51420', [857, 1862]],
      ['t125', [125]],
    ])
    expect(repaired.sections.map((s) => s.span)).toEqual([[125, 1862]])
    const json = JSON.stringify(repaired.tree)
    expect(json).toContain('"dataClaimTimes":"857 1862"')
    expect(json).toContain('"dataCitation":"857"')
    expect(json).toContain('"value":"14:17"')
    expect(json).not.toContain('14:17:00')
    expect(repaired.timestampMode).toBe('mm:ss')
  })

  it('leaves the original document as it was, so the repair can be undone', () => {
    readStampsAsMinutes(doc, 0)
    expect(doc.claims[0]?.citations[0]?.seconds).toBe(51420)
    expect(JSON.stringify(doc.tree)).toContain('"dataCitation":"51420"')
  })

  it('keeps a stamp with another last field as written, and spans sections by what they cite', () => {
    const mixed = parseNote(NOTE.replace('data-t="2:05">[2:05]', 'data-t="0:21:25">[0:21:25]'), {
      slug: 'kilns',
    }).doc
    const repaired = readStampsAsMinutes(mixed, 0)
    expect(repaired.claims.map((c) => c.citations.map((x) => x.seconds))).toEqual([
      [857, 1862],
      [1285],
    ])
    expect(repaired.sections.map((s) => s.span)).toEqual([[857, 1862]])
  })
})

describe('stamps written as HH:MM:01 that mean MM:SS', () => {
  const ONES = `---
title: Ones
videoId: xxxxx_01stp
---

Early <a class="yt-timestamp" data-t="00:05:01">[00:05:01]</a>. Late <a class="yt-timestamp" data-t="28:43:01">[28:43:01]</a>.
`
  const ones = parseNote(ONES, { slug: 'ones' }).doc
  const HALF_HOUR = toSeconds(30 * 60)

  it('are recognised by their constant last field, and every one of them is read as minutes', () => {
    expect(classifyNoteStamps(ones, HALF_HOUR)).toEqual({
      type: 'minutes-as-hours',
      field: 1,
      late: 1,
    })
    const repaired = readStampsAsMinutes(ones, 1)
    expect(repaired.claims.map((c) => c.citations[0]?.seconds)).toEqual([5, 1723])
    expect(JSON.stringify(repaired.tree)).toContain('"value":"28:43"')
  })
})
