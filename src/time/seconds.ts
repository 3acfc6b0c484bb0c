/**
 * A point in a video, in whole or fractional seconds from its start.
 * Branded so that milliseconds or raw numbers cannot slip into the core;
 * make one with `toSeconds` (a guard) or a timestamp parser.
 */
export type Seconds = number & { readonly __unit: 'seconds' }

/** Brands a finite, non-negative number as Seconds; anything else is a programmer error. */
export function toSeconds(value: number): Seconds {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`toSeconds: expected a finite number >= 0, got ${value}`)
  }
  return value as Seconds
}

/** Half-open interval [start, end) — the one predicate every window check uses. */
export interface Interval {
  readonly start: Seconds
  readonly end: Seconds
}

export function intervalHolds(interval: Interval, t: number): boolean {
  return interval.start <= t && t < interval.end
}
