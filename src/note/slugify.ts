/** A URL- and attribute-friendly name for a heading: lowercase words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-') // every run of non-letters and non-digits
    .replace(/^-+|-+$/g, '')
}

/** Makes names unique in the order they come: `a`, `a-2`, `a-3`. */
export function createUniqueNamer(): (name: string) => string {
  const seen = new Map<string, number>()
  return (name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name}-${count}`
  }
}
