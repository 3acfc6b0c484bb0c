import { toSeconds, type Seconds } from './seconds.ts'

/**
 * A stamp that is whole seconds only: `0`, `457`, `4223`.
 *   ^        start of the (trimmed, unbracketed) text
 *   [0-9]+   one or more ASCII digits — no sign, no decimal point
 *   $        end of the text
 */
const SECONDS_STAMP = /^[0-9]+$/

/**
 * A minutes stamp: `M:SS` or `MM:SS`, minutes unbounded (`75:30` is 75 min 30 s).
 *   ^           start of the text
 *   ([0-9]+)    group 1, minutes: any number of digits
 *   :           the separator
 *   ([0-9]{2})  group 2, seconds: exactly two digits (range checked in code)
 *   $           end of the text
 */
const MINUTES_STAMP = /^([0-9]+):([0-9]{2})$/

/**
 * An hours stamp: `H:MM:SS` or `HH:MM:SS`, hours unbounded.
 *   ^             start of the text
 *   ([0-9]+)      group 1, hours: any number of digits
 *   :             the first separator
 *   ([0-9]{1,2})  group 2, minutes: one or two digits (range checked in code)
 *   :             the second separator
 *   ([0-9]{2})    group 3, seconds: exactly two digits (range checked in code)
 *   $             end of the text
 */
const HOURS_STAMP = /^([0-9]+):([0-9]{1,2}):([0-9]{2})$/

/**
 * YouTube's unit form of `t=`: `1h10m23s`, `70m23s`, `4223s`, `1h`, `10m`.
 * Units are case-insensitive, each at most once, in h → m → s order; each
 * amount is unbounded (`70m` is accepted, as YouTube does).
 *   ^                    start of the text
 *   (?:([0-9]+)h)?       optional group 1: hours, digits then `h`
 *   (?:([0-9]+)m)?       optional group 2: minutes, digits then `m`
 *   (?:([0-9]+)s)?       optional group 3: seconds, digits then `s`
 *   $                    end of the text
 *   i                    `H`, `M`, `S` count too
 * All three groups are optional, so the empty string matches: callers reject it.
 */
const YOUTUBE_UNITS = /^(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?$/i

/**
 * Reads a note's stamp — `S`, `M:SS`, `MM:SS`, `H:MM:SS`, `HH:MM:SS` — as Seconds.
 * Surrounding whitespace and one pair of surrounding square brackets (`[01:10:23]`)
 * are allowed; whitespace inside the brackets is not. Seconds must be two digits
 * and < 60; with an hours field, minutes are one or two digits and < 60.
 * Returns null for anything else (`01:24:99`, `0:0:55:00`, `-5`, `1.5`, ``); never throws.
 */
export function parseTimestamp(text: string): Seconds | null {
  const stamp = stripBrackets(text.trim())
  if (SECONDS_STAMP.test(stamp)) return wholeSeconds(0, 0, Number(stamp))
  const minutes = MINUTES_STAMP.exec(stamp)
  if (minutes) return clockSeconds(0, Number(minutes[1]), Number(minutes[2]), Infinity)
  const hours = HOURS_STAMP.exec(stamp)
  if (hours) return clockSeconds(Number(hours[1]), Number(hours[2]), Number(hours[3]), 60)
  return null
}

/**
 * Reads an `H:MM:SS` stamp as `H:MM` minutes and seconds, its last field
 * dropped — how some notes write `MM:SS` (`14:17:00` or `14:17:01` meaning
 * 14 min 17 s, DESIGN §2). Null for any other form.
 */
export function parseMinutesWrittenAsHours(text: string): Seconds | null {
  const hours = HOURS_STAMP.exec(stripBrackets(text.trim()))
  if (!hours || Number(hours[3]) >= 60) return null
  return clockSeconds(0, Number(hours[1]), Number(hours[2]), Infinity)
}

/**
 * Formats a time the way the note and the clock show it: `H:MM:SS` from one hour
 * on, else `M:SS` (0 → `0:00`, 65 → `1:05`, 4223 → `1:10:23`). Fractions are
 * floored. `parseTimestamp` reads every output back to the floored value.
 */
export function formatTimestamp(seconds: number): string {
  const { h, m, s } = splitClock(seconds, 'formatTimestamp')
  const ss = String(s).padStart(2, '0')
  if (h === 0) return `${m}:${ss}`
  return `${h}:${String(m).padStart(2, '0')}:${ss}`
}

/**
 * How long until `then`, shown as the clock and the chips show times: the
 * difference of the two floored times, so a countdown never disagrees with
 * the chip it counts down to (at 0:00.4, a chip at 7:37 is 7:37 away, not
 * 7:36). Never negative: `0:00` once `then` is reached.
 */
export function formatTimeUntil(now: number, then: number): string {
  const wait = Math.floor(then) - Math.floor(now)
  return formatTimestamp(Math.max(0, wait))
}

/**
 * Reads YouTube's `t=` value: `4223`, `4223s`, `1h10m23s`, `70m23s`, `1h`, `10m`,
 * `23s` (see YOUTUBE_UNITS), or a colon stamp (`1:10:23`, `10:23`) read by
 * `parseTimestamp`. Surrounding whitespace is allowed. Returns null for empty text
 * or anything else; never throws.
 */
export function parseYouTubeTime(text: string): Seconds | null {
  const value = text.trim()
  if (value.includes(':') || SECONDS_STAMP.test(value)) return parseTimestamp(value)
  const units = YOUTUBE_UNITS.exec(value)
  if (!units || value === '') return null
  return wholeSeconds(Number(units[1] ?? 0), Number(units[2] ?? 0), Number(units[3] ?? 0))
}

/**
 * Formats a time for a YouTube URL's `t=` in the compact unit form, leaving out
 * zero units (4223 → `1h10m23s`, 75 → `1m15s`, 3600 → `1h`, 5 → `5s`, 0 → `0s`).
 * Fractions are floored. `parseYouTubeTime` reads every output back.
 */
export function formatYouTubeTime(seconds: number): string {
  const { h, m, s } = splitClock(seconds, 'formatYouTubeTime')
  const parts = [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 ? `${s}s` : '']
  return parts.join('') || '0s'
}

/** `[x]` → `x`; anything else unchanged. Only one pair is removed. */
function stripBrackets(text: string): string {
  return text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text
}

/**
 * Seconds of a colon stamp whose fields already matched their digit counts:
 * seconds must be < 60 and minutes < `minuteLimit` (60 under an hours field,
 * unbounded otherwise, so `75:30` is fine).
 */
function clockSeconds(h: number, m: number, s: number, minuteLimit: number): Seconds | null {
  if (s >= 60 || m >= minuteLimit) return null
  return wholeSeconds(h, m, s)
}

/** Sums the fields; null when the total is not a safe integer (absurdly long digit runs). */
function wholeSeconds(h: number, m: number, s: number): Seconds | null {
  const total = h * 3600 + m * 60 + s
  return Number.isSafeInteger(total) ? toSeconds(total) : null
}

/** Floors a time and splits it into clock fields; a negative or non-finite time is a caller bug. */
function splitClock(seconds: number, caller: string): { h: number; m: number; s: number } {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`${caller}: expected a finite time >= 0 in seconds, got ${seconds}`)
  }
  const whole = Math.floor(seconds)
  return { h: Math.floor(whole / 3600), m: Math.floor(whole / 60) % 60, s: whole % 60 }
}
