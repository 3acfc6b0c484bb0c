/**
 * The rates YouTube offers for most videos, ascending.
 * @see https://developers.google.com/youtube/iframe_api_reference#getAvailablePlaybackRates
 */
export const YOUTUBE_RATES: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]

/** Finite positive rates, ascending and without repeats; `[1]` when none are left. */
export function normaliseRates(rates: readonly unknown[]): readonly number[] {
  const valid = rates.filter(
    (r): r is number => typeof r === 'number' && Number.isFinite(r) && r > 0,
  )
  const sorted = [...new Set(valid)].toSorted((a, b) => a - b)
  return sorted.length > 0 ? sorted : [1]
}

/** The offered rate nearest to `rate`; a tie goes to the slower one. */
export function snapToRate(rate: number, rates: readonly number[]): number {
  let best = rates[0] ?? 1
  for (const candidate of rates) {
    if (Math.abs(candidate - rate) < Math.abs(best - rate)) best = candidate
  }
  return best
}
