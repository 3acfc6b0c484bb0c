// How the search across notes cuts text into words and folds them, shared by
// the index (what it stores and what a query asks) and the highlighter (which
// words of a result to mark), so the two can never disagree. Pure.

/**
 * What separates words: tabs, line breaks, any Unicode space or punctuation,
 * one or more in a row. MiniSearch's default tokenizer plus the tab, so "orbit's"
 * is "orbit" and "s", and "sea-level" is "sea" and "level".
 * @see https://lucaong.github.io/minisearch/classes/MiniSearch.MiniSearch.html#tokenize
 */
const SEPARATORS = /[\t\n\r\p{Z}\p{P}]+/u

/** The same set, captured, so a split keeps the separators between the words. */
const SEPARATORS_KEPT = /([\t\n\r\p{Z}\p{P}]+)/u

/** Combining marks left once a letter is decomposed (NFD): the accent of "í", the tilde of "ñ". */
const COMBINING_MARKS = /\p{M}+/gu

/**
 * English words too common to find anything by: not indexed, and dropped from
 * queries ("the orbit" asks for "orbit"). Kept short. On the benchmark's
 * 40k-claim vault, "the" alone took 120 ms; with them dropped, p95 went 74 → 6 ms.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from had has have he in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
)

/** A word as the index keeps it (folded), or null for a word too common to index. */
export function indexTerm(word: string): string | null {
  const folded = foldWord(word)
  return STOP_WORDS.has(folded) ? null : folded
}

/** Printable ASCII only (space to tilde), so nothing to decompose. */
const ASCII_ONLY = /^[ -~]*$/

/** The words of a text, as written (not folded), without empty strings. */
export function tokenizeWords(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word !== '')
}

/** A word as the index keeps it: lower case, accents removed ("Rías" → "rias"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the decomposition, the costly part of folding.
  if (ASCII_ONLY.test(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** One run of a text to show: a matched word, or anything between matched words. */
export interface HighlightPart {
  readonly text: string
  readonly match: boolean
}

/**
 * Cuts `text` into runs to show, marking each word whose folded form is one
 * of `terms` (the folded document terms a search hit reports). Adjacent
 * unmatched runs are merged; joining the parts' texts gives `text` back.
 */
export function highlightParts(text: string, terms: Iterable<string>): HighlightPart[] {
  const wanted = new Set([...terms].map(foldWord))
  const parts: HighlightPart[] = []
  text.split(SEPARATORS_KEPT).forEach((piece, i) => {
    if (piece === '') return
    // split with a capture group alternates: words at even indexes, separators at odd.
    const match = i % 2 === 0 && wanted.has(foldWord(piece))
    const last = parts.at(-1)
    if (last !== undefined && !last.match && !match) {
      parts[parts.length - 1] = { text: last.text + piece, match: false }
    } else {
      parts.push({ text: piece, match })
    }
  })
  return parts
}
