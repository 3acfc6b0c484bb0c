import type { KeyValueStorage } from '../../src/store/saved-position.ts'

/** A storage in memory, standing in for `localStorage`; `data` shows what was saved. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  }
}
