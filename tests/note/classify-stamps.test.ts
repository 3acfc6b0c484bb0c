import { describe, expect, it } from 'vitest'
import {
  classifyStamps,
  LATE_WITHOUT_DURATION,
  lastFieldOf,
  readAsMinutes,
} from '../../src/note/classify-stamps.ts'

/** `H:MM:SS` → seconds, for readable tables. */
const hms = (text: string): number =>
  text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
const stamps = (...texts: string[]): number[] => texts.map(hms)

const HALF_HOUR = 30 * 60

describe('the last field of a stamp', () => {
  it.each([
    ['28:43:01', 1],
    ['56:04:00', 0],
    ['0:21:25', 25],
    ['1:59', 59],
  ])('of %s is %d', (text, field) => {
    expect(lastFieldOf(hms(text))).toBe(field)
  })

  it.each([
    ['28:43:01', '28:43'],
    ['56:04:00', '56:04'],
    ['00:05:01', '0:05'],
  ])('is dropped when %s is read as minutes and seconds (%s)', (text, read) => {
    expect(readAsMinutes(hms(text))).toBe(hms(read))
  })
})

describe('classifying a note’s stamps against the end of the video', () => {
  it.each([
    ['no stamps', [], HALF_HOUR],
    ['every stamp before the end', stamps('0:05', '29:59'), HALF_HOUR],
    [
      'a stamp exactly at the end (late means strictly past it)',
      stamps('0:05', '30:00'),
      HALF_HOUR,
    ],
  ])('fits: %s', (_, times, end) => {
    expect(classifyStamps(times, end)).toEqual({ type: 'fits' })
  })

  it.each([
    ['late stamps all ending in :00', stamps('14:17:00', '31:02:00', '2:05'), 40 * 60, 0, 2],
    ['late stamps all ending in :01', stamps('28:43:01', '27:47:01', '00:05:01'), HALF_HOUR, 1, 2],
    ['one stamp just past the end', stamps('0:30:01'), HALF_HOUR, 1, 1],
    [
      'a stamp under an hour with another field beside them',
      stamps('0:21:25', '50:40:00'),
      51 * 60,
      0,
      1,
    ],
    ['whole minutes between one hour and the end', stamps('1:10:00', '70:00:00'), 75 * 60, 0, 1],
    [
      'a late stamp that, read as minutes, lands exactly at the end',
      stamps('30:00:01'),
      HALF_HOUR,
      1,
      1,
    ],
  ])('minutes written as hours: %s', (_, times, end, field, late) => {
    expect(classifyStamps(times, end)).toEqual({ type: 'minutes-as-hours', field, late })
  })

  it.each([
    [
      'late stamps whose last fields differ',
      stamps('28:43:01', '29:10:07'),
      HALF_HOUR,
      'fields-differ',
      hms('29:10:07'),
    ],
    [
      'a real hours stamp (past an hour, before the end, another field) beside them',
      stamps('56:04:00', '1:05:28'),
      80 * 60,
      'real-hours',
      hms('1:05:28'),
    ],
    [
      'a real hours stamp exactly one hour in',
      stamps('1:00:07', '7:09:00'),
      80 * 60,
      'real-hours',
      hms('1:00:07'),
    ],
  ])('mixed: %s', (_, times, end, why, example) => {
    expect(classifyStamps(times, end)).toMatchObject({ type: 'mixed', why, example })
  })

  it('calls a stamp just under an hour with another field no proof of real hours', () => {
    expect(classifyStamps(stamps('0:59:59', '7:09:00'), 80 * 60).type).toBe('minutes-as-hours')
  })

  it('says late stamps still past the end when read as minutes are too long', () => {
    expect(classifyStamps(stamps('45:00:00'), HALF_HOUR)).toEqual({
      type: 'too-long',
      field: 0,
      late: 1,
    })
  })

  it('without a duration, counts as late only stamps past four hours', () => {
    expect(classifyStamps(stamps('4:00:00', '2:07:00'), LATE_WITHOUT_DURATION)).toEqual({
      type: 'fits',
    })
    expect(classifyStamps(stamps('4:00:01'), LATE_WITHOUT_DURATION)).toMatchObject({
      type: 'minutes-as-hours',
      field: 1,
    })
  })
})
