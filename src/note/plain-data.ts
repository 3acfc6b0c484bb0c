/** How deep frontmatter values are kept; deeper ones become null. */
const DEPTH_LIMIT = 32

/**
 * Turns what the YAML parser made into data JSON can hold and the page can
 * trust: plain objects with no prototype to shadow (`__proto__` is kept as a
 * plain key), lists, strings, finite numbers, booleans and null. Sets become
 * lists; binary data, non-finite numbers and anything nested past 32 levels or
 * referring back to itself (a recursive alias) become null.
 */
export function toPlainData(value: unknown, depth = 0, seen = new Set<object>()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'object' || depth >= DEPTH_LIMIT || seen.has(value)) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (ArrayBuffer.isView(value)) return null
  seen.add(value)
  try {
    if (Array.isArray(value) || value instanceof Set)
      return [...value].map((item) => toPlainData(item, depth + 1, seen))
    const plain: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(plain, key, {
        value: toPlainData(item, depth + 1, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    return plain
  } finally {
    seen.delete(value)
  }
}
