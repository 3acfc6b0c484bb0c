import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import {
  citationsBeyond,
  readStampsAsMinutes,
  stampsLookLikeMinutes,
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
    expect(stampsLookLikeMinutes(doc, FORTY_MINUTES)).toBe(true)
  })

  it('are not suspected in a note whose stamps all fit the video', () => {
    expect(stampsLookLikeMinutes(doc, toSeconds(40 * 3600))).toBe(false)
  })

  it('are not suspected when a late stamp would not fit even as minutes', () => {
    expect(stampsLookLikeMinutes(doc, toSeconds(20 * 60))).toBe(false)
  })

  it('are not suspected when the author already set timestamps: mm:ss', () => {
    const forced = parseNote(NOTE.replace('videoId:', 'timestamps: mm:ss\nvideoId:'), {
      slug: 'kilns',
    }).doc
    expect(stampsLookLikeMinutes(forced, FORTY_MINUTES)).toBe(false)
  })

  it('are read as minutes and seconds everywhere the note shows them, with the ids kept', () => {
    const repaired = readStampsAsMinutes(doc)
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
    readStampsAsMinutes(doc)
    expect(doc.claims[0]?.citations[0]?.seconds).toBe(51420)
    expect(JSON.stringify(doc.tree)).toContain('"dataCitation":"51420"')
  })
})
