import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'

/** The stamp warnings of a made-up note citing `stamps`, one claim each. */
function stampWarnings(...stamps: string[]) {
  const body = stamps
    .map((t, i) => `Claim ${i + 1} <a class="yt-timestamp" data-t="${t}">[${t}]</a>.`)
    .join('\n')
  const source = `---\ntitle: Stamps\nvideoId: xxxxx_warn1\n---\n\n${body}\n`
  return parseNote(source, { slug: 'stamps' }).diagnostics.filter((d) =>
    d.rule.startsWith('stamps-'),
  )
}

describe('the checker’s stamp warnings, without the duration', () => {
  it('names the constant last field of stamps past four hours', () => {
    const [warning, ...rest] = stampWarnings('00:05:01', '11:38:01', '27:52:01')
    expect(rest).toEqual([])
    expect(warning).toMatchObject({ rule: 'stamps-minutes-as-hours', severity: 'warning', line: 8 })
    expect(warning?.message).toContain('2 stamps lie past 4 hours, every one ending in :01')
    expect(warning?.message).toContain('HH:MM:01')
    expect(warning?.message).toContain('timestamps: mm:ss')
  })

  it('flags a note with real hours beside them, naming one', () => {
    const [warning] = stampWarnings('02:10:00', '47:30:00', '1:05:28')
    expect(warning).toMatchObject({ rule: 'stamps-mixed' })
    expect(warning?.message).toContain('1:05:28 reads as real hours')
  })

  it('flags late stamps past twelve hours whose last fields differ', () => {
    const [warning] = stampWarnings('13:20:00', '22:41:07')
    expect(warning).toMatchObject({ rule: 'stamps-mixed' })
    expect(warning?.message).toContain('12-hour limit')
  })

  it.each([
    ['stamps under four hours', ['0:05:00', '3:59:59']],
    ['a stamp exactly at four hours', ['4:00:00']],
    ['a long stream whose late stamps differ under twelve hours', ['4:15:08', '8:25:27']],
  ])('says nothing of %s', (_, stamps) => {
    expect(stampWarnings(...stamps)).toEqual([])
  })

  it('says nothing when the author set timestamps: mm:ss', () => {
    const source =
      '---\ntitle: S\nvideoId: xxxxx_warn1\ntimestamps: mm:ss\n---\n\nA <a class="yt-timestamp" data-t="28:43:01">[28:43:01]</a>.\n'
    const { doc, diagnostics } = parseNote(source, { slug: 's' })
    expect(diagnostics).toEqual([])
    expect(doc.claims[0]?.citations[0]?.seconds).toBe(28 * 60 + 43)
  })
})
