/**
 * How much one message may carry, in values (objects, arrays, strings). The
 * page clones each message in one task: parts of 1,000 values took up to
 * 42 ms on a busy 2-core machine, too near the 50 ms of a long task; 500
 * keeps well under it. A 1 MB note is then about 1,300 messages.
 */
export const PART_BUDGET = 500

/** Cuts a list into runs of about `budget` values each; an item bigger than that goes alone. */
export function splitIntoParts<T>(items: readonly T[], budget = PART_BUDGET): T[][] {
  const parts: T[][] = []
  let current: T[] = []
  let weight = 0
  for (const item of items) {
    const w = weigh(item)
    if (current.length > 0 && weight + w > budget) {
      parts.push(current)
      current = []
      weight = 0
    }
    current.push(item)
    weight += w
  }
  if (current.length > 0) parts.push(current)
  return parts
}

/** The number of values in a JSON-like value, counting itself. */
export function weigh(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1
  let total = 1
  for (const child of Array.isArray(value) ? value : Object.values(value)) total += weigh(child)
  return total
}
