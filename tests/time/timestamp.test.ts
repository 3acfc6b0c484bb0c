import { describe, it, expect } from 'vitest'
import {
  formatTimestamp,
  formatTimeUntil,
  formatYouTubeTime,
  parseMinutesWrittenAsHours,
  parseTimestamp,
  parseYouTubeTime,
} from '../../src/time/timestamp.ts'

describe('parseTimestamp', () => {
  it.each([
    ['0', 0],
    ['5', 5],
    ['457', 457],
    ['4223', 4223],
    ['007', 7],
  ])('reads bare seconds stamps: %j → %d', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds)
  })

  it.each([
    ['0:00', 0],
    ['1:05', 65],
    ['7:37', 457],
    ['00:59', 59],
    ['10:23', 623],
    ['59:59', 3599],
    ['75:30', 4530],
    ['120:00', 7200],
  ])('reads M:SS and MM:SS stamps, minutes unbounded: %j → %d', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds)
  })

  it.each([
    ['1:10:23', 4223],
    ['01:10:23', 4223],
    ['0:07:37', 457],
    ['00:00:00', 0],
    ['1:5:23', 3923],
    ['2:59:59', 10799],
    ['100:00:00', 360000],
    ['56:04:00', 201840],
  ])('reads H:MM:SS and HH:MM:SS stamps: %j → %d', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds)
  })

  it.each([
    ['[01:10:23]', 4223],
    ['  01:10:23  ', 4223],
    [' [7:37]\n', 457],
    ['\t[4223]', 4223],
  ])('allows surrounding whitespace and one pair of brackets: %j → %d', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds)
  })

  it.each([
    ['seconds of 60 or more', '01:24:99'],
    ['seconds of exactly 60', '1:60'],
    ['a one-digit seconds field', '1:5'],
    ['a three-digit seconds field', '1:005'],
    ['minutes of 60 under an hours field', '1:60:00'],
    ['a three-digit minutes field under hours', '1:010:23'],
    ['four parts', '0:0:55:00'],
    ['five parts', '1:2:3:4:5'],
    ['an empty hours part', ':10:23'],
    ['an empty minutes part', '1::23'],
    ['an empty seconds part', '10:'],
    ['a lone colon', ':'],
    ['the empty string', ''],
    ['only whitespace', '   '],
    ['empty brackets', '[]'],
    ['a minus sign', '-5'],
    ['a plus sign', '+5'],
    ['a sign inside a field', '1:-5:00'],
    ['a decimal', '1.5'],
    ['decimal seconds', '1:05.5'],
    ['an exponent', '1e3'],
    ['two pairs of brackets', '[[1:05]]'],
    ['an unclosed bracket', '[1:05'],
    ['whitespace inside the brackets', '[ 1:05 ]'],
    ['whitespace inside the stamp', '1: 05'],
    ['a unit suffix', '4223s'],
    ['words', 'ten past one'],
    ['non-ASCII digits', '١:٠٥'],
    ['a run of digits too long to be exact', '9'.repeat(400)],
  ])('rejects %s (%j)', (_, text) => {
    expect(parseTimestamp(text)).toBeNull()
  })
})

describe('formatTimestamp', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59, '0:59'],
    [60, '1:00'],
    [65, '1:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [4223, '1:10:23'],
    [36000, '10:00:00'],
    [360000, '100:00:00'],
  ])('writes %d as %j', (seconds, text) => {
    expect(formatTimestamp(seconds)).toBe(text)
  })

  it.each([
    [0.999, '0:00'],
    [65.5, '1:05'],
    [3599.99, '59:59'],
  ])('floors fractional seconds: %d → %j', (seconds, text) => {
    expect(formatTimestamp(seconds)).toBe(text)
  })

  it.each([-1, Number.NaN, Infinity])('throws on the caller bug %d', (seconds) => {
    expect(() => formatTimestamp(seconds)).toThrow(RangeError)
  })
})

describe('parseYouTubeTime', () => {
  it.each([
    ['4223', 4223],
    ['4223s', 4223],
    ['1h10m23s', 4223],
    ['70m23s', 4223],
    ['1h', 3600],
    ['10m', 600],
    ['23s', 23],
    ['0', 0],
    ['0s', 0],
    ['1h23s', 3623],
    ['1h10m', 4200],
    ['1H10M23S', 4223],
    ['1h10M23s', 4223],
    ['1:10:23', 4223],
    ['10:23', 623],
    ['  1h10m23s ', 4223],
  ])('reads YouTube t= values: %j → %d', (text, seconds) => {
    expect(parseYouTubeTime(text)).toBe(seconds)
  })

  it.each([
    ['the empty string', ''],
    ['only whitespace', '  '],
    ['units out of order', '23s10m'],
    ['a repeated unit', '1m2m'],
    ['a unit without an amount', 'h'],
    ['an amount after the last unit', '1h10m23'],
    ['an unknown unit', '10x'],
    ['a decimal', '4223.5'],
    ['decimal seconds', '1.5s'],
    ['a sign', '-5s'],
    ['inner whitespace', '1h 10m'],
    ['a bad colon stamp', '01:24:99'],
    ['four colon parts', '0:0:55:00'],
    ['garbage', 'soon'],
    ['an amount too long to be exact', `${'9'.repeat(400)}s`],
  ])('rejects %s (%j)', (_, text) => {
    expect(parseYouTubeTime(text)).toBeNull()
  })
})

describe('formatYouTubeTime', () => {
  it.each([
    [0, '0s'],
    [5, '5s'],
    [60, '1m'],
    [75, '1m15s'],
    [3600, '1h'],
    [3605, '1h5s'],
    [4200, '1h10m'],
    [4223, '1h10m23s'],
    [4223.9, '1h10m23s'],
    [360000, '100h'],
  ])('writes %d as %j', (seconds, text) => {
    expect(formatYouTubeTime(seconds)).toBe(text)
  })

  it.each([-0.5, Number.NaN, -Infinity])('throws on the caller bug %d', (seconds) => {
    expect(() => formatYouTubeTime(seconds)).toThrow(RangeError)
  })
})

/** A time as the clock shows it, read back: whole seconds, floored. */
function shownSeconds(t: number): number {
  return parseTimestamp(formatTimestamp(t))!
}

describe('formatTimeUntil', () => {
  it.each([
    [0, 457, '7:37'],
    [0.4, 457, '7:37'],
    [0.99, 457, '7:37'],
    [1, 457, '7:36'],
    [100.7, 457.2, '5:57'],
    [457, 457, '0:00'],
    [458.5, 457, '0:00'],
  ])('counts down from %d to %d in the clock’s whole seconds: %s', (now, then, text) => {
    expect(formatTimeUntil(now, then)).toBe(text)
  })

  it('always equals the chip’s time minus the clock’s, as both are shown', () => {
    for (const now of [0, 0.25, 12.5, 99.999, 456.9]) {
      expect(parseTimestamp(formatTimeUntil(now, 457))).toBe(shownSeconds(457) - shownSeconds(now))
    }
  })
})

describe('parseMinutesWrittenAsHours', () => {
  it.each([
    ['14:17:00', 857],
    ['28:43:01', 1723],
    ['[00:05:01]', 5],
    ['0:21:25', 21],
  ])('drops the last field of %j: %d', (text, seconds) => {
    expect(parseMinutesWrittenAsHours(text)).toBe(seconds)
  })

  it.each(['14:17', '457', '01:24:99', '0:0:55:00', '1:60:00'])(
    'reads nothing but an H:MM:SS stamp: %j',
    (text) => {
      expect(parseMinutesWrittenAsHours(text)).toBeNull()
    },
  )
})
