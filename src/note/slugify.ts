/** A URL- and attribute-friendly name for a heading: lowercase words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-') // every run of non-letters and non-digits
    .replace(/^-+|-+$/g, '')
}

/**
 * Makes names unique in the order they come: `a`, `a-2`, `a-3`. A suffixed
 * name that is already taken (headings "A", "A", "A 2") moves on to the next
 * free suffix, so no two names are ever the same.
 */
export function createUniqueNamer(): (name: string) => string {
  const taken = new Set<string>()
  const next = new Map<string, number>()
  return (name) => {
    let count = next.get(name) ?? 1
    let candidate = count === 1 ? name : `${name}-${count}`
    while (taken.has(candidate)) candidate = `${name}-${++count}`
    next.set(name, count + 1)
    taken.add(candidate)
    return candidate
  }
}
