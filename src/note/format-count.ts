/** English plural categories: `one` for 1, `other` for 0, 2, 1.5… */
const PLURAL_RULES = new Intl.PluralRules('en')

/** The noun in the form English wants after `count`: `claim` for 1, `claims` otherwise. */
export function selectNoun(count: number, one: string, other = `${one}s`): string {
  return PLURAL_RULES.select(count) === 'one' ? one : other
}

/** `1 claim`, `0 claims`, `2 sections`: a count with its noun, for the reader and the checker alike. */
export function formatCount(count: number, one: string, other = `${one}s`): string {
  return `${count} ${selectNoun(count, one, other)}`
}
