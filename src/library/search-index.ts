// The search across notes: every claim of the library, found by its words.
// Pure: no React, no DOM. The build serialises the vault's index once
// (createSearchIndexJson); the browser loads it lazily (loadSearchIndex) and
// adds or removes your own notes at runtime.
//
// Why MiniSearch. Measured 2026-11-30 on a 2-core shared VM (Node 20.20, load
// average 6–12 from other work: times swing 2–3× between runs, so each figure
// is a median of several runs and only same-run ratios are firm). Vault: the
// generator in tests/bench/search.bench.ts, 1,000 notes, 40,069 claims of
// 10–40 words (8 MB of text); 196 queries of 1–3 words, prefixes as typed,
// typos, misses. Query ms: each query's median of 5 passes, then p50/p95.
// Bundle: rolldown --minify of an entry importing what we would use.
//
//   library (config)             bundle     index JSON      build   load    query ms
//                                min+gzip   raw / gzip      s       s       p50 / p95
//   MiniSearch 7.2 (this file)   5.6 KB     13.1 / 4.4 MB   8.1     1.5     0.76 / 13
//   MiniSearch, toJSON as is *   5.6 KB     20.2 / 6.0 MB   4.8     0.7     0.95 / 6.0
//   FlexSearch 0.8 (forward)     16.4 KB    144 / 18.4 MB   7.5     3.2     0.04 / 3.3
//   FlexSearch 0.8 (strict)      16.4 KB    36.4 / 7.3 MB   3.8     0.8     0.03 / 1.7
//   Orama 3.1 (tolerance 1)      20.9 KB    81.8 / 18.7 MB  21      8.9     14.6 / 5,755
//   Orama 3.1 (tolerance 0)      20.9 KB    81.8 / 18.7 MB  25      4.3     8.8 / 2,349
//   linear scan (folded texts)   -          14.5 / 3.6 MB   -       -       12 / 30
//
//   * one run, before the packing of search-serialise.ts. This file's row:
//   median of 7 runs (build 2.9–12 s, load 0.9–2.8 s, p95 7.6–20 ms); in the
//   same run it beat the linear scan 10–30× at p50 and 2–3.5× at p95.
//
// MiniSearch is the smallest to ship by 3× and its index the smallest by 1.6–4×
// (gzip), and it alone has what a reader expects built in: prefix on the last
// word, edit-distance typos, AND/OR, field boosts, BM25 ranking, and the
// matched terms for highlighting. FlexSearch answers in microseconds, but its
// prefix index ("forward") is 18 MB gzip here and it has no edit-distance
// typos (its encoder folds look-alike spellings instead); without prefixes
// ("strict") it cannot find "orbit" from "orbi". Orama is the biggest and
// slowest here: its p95 on 40k claims is seconds (not profiled further).
// The linear scan ships less but is much slower
// and has no ranking, typos or prefixes worth the name.
// FlexSearch and Orama were measured by a throwaway script on the same
// vault and queries, medians of 3 builds and loads (their options are noted
// atop tests/bench/search.bench.ts).
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import type { SearchDoc } from './library-entry.ts'
import { packSearch, unpackSearch, type SerialisedSearch } from './search-serialise.ts'
import { indexTerm, tokenizeWords } from './search-text.ts'

// The highlighter lives beside the tokenizer it must agree with; the search's callers find it here too.
export { highlightParts, type HighlightPart } from './search-text.ts'

/** One claim found: the claim, its score and the folded words that matched (for highlighting). */
export interface SearchHit extends SearchDoc {
  readonly score: number
  /** The document's words that matched, folded ("orbit" for the query "orbi"). */
  readonly terms: readonly string[]
  /** The query's words that found something, folded. */
  readonly queryTerms: readonly string[]
}

export interface LibrarySearch {
  /** Claims with all the query's words (or, when none has all, any of them), best first. */
  search(query: string, limit?: number): SearchHit[]
  /** Adds claims; a claim whose id is already there replaces it. */
  add(docs: readonly SearchDoc[]): void
  /**
   * Adds claims as `add` does, a few hundred at a time with the page let go
   * between: a 1 MB note's 8,000 claims take 150–850 ms to index.
   */
  addInSteps(docs: readonly SearchDoc[]): Promise<void>
  /** Removes every claim of the note (at once: the index is cleaned up in the background). */
  removeNote(slug: string): void
  /** How many claims are indexed. */
  readonly size: number
}

/** Results one search returns unless told otherwise. */
export const DEFAULT_LIMIT = 50

/** Claims indexed in one task by `addInSteps`: 200 take 3–20 ms. */
const STEP_SIZE = 200

/** Words this long or longer forgive one typo. */
const FUZZY_MIN_LENGTH = 6

/** The last word is read as a prefix (still being typed) once it has this many letters. */
const PREFIX_MIN_LENGTH = 3

type IndexedField = 'text' | 'section' | 'noteTitle'

const FIELDS: IndexedField[] = ['text', 'section', 'noteTitle']

/** The same options build and load the index (MiniSearch requires it). Nothing stored: we keep the docs. */
const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: FIELDS,
  tokenize: tokenizeWords,
  processTerm: indexTerm,
}

const QUERY_OPTIONS: SearchOptions = {
  boost: { noteTitle: 2, section: 1.5 },
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= PREFIX_MIN_LENGTH,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
}

/** The serialised index of `docs` for the browser to load (the build writes it to a file). */
export function createSearchIndexJson(docs: readonly SearchDoc[]): string {
  const unique = [...new Map(docs.map((doc) => [doc.id, doc])).values()]
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS)
  mini.addAll(unique)
  return JSON.stringify(packSearch(mini.toJSON(), unique))
}

/** The search over a serialised index (what createSearchIndexJson wrote). */
export function loadSearchIndex(json: string): LibrarySearch {
  const { plain, docs } = unpackSearch(JSON.parse(json) as SerialisedSearch)
  return wrap(MiniSearch.loadJS<SearchDoc>(plain, INDEX_OPTIONS), docs)
}

/** A search with nothing in it yet (your own notes only, or before the index loads). */
export function createEmptySearch(): LibrarySearch {
  return wrap(new MiniSearch<SearchDoc>(INDEX_OPTIONS), [])
}

function wrap(mini: MiniSearch<SearchDoc>, initial: readonly SearchDoc[]): LibrarySearch {
  const docs = new Map(initial.map((doc) => [doc.id, doc]))
  /** The claims not yet indexed, each id once; an id already indexed is discarded first. */
  const replacing = (added: readonly SearchDoc[]) => {
    const fresh = [...new Map(added.map((d) => [d.id, d])).values()]
    for (const doc of fresh) {
      if (mini.has(doc.id)) mini.discard(doc.id)
      docs.set(doc.id, doc)
    }
    return fresh
  }
  return {
    search: (query, limit = DEFAULT_LIMIT) => searchDocs(mini, docs, query, limit),
    add(added) {
      mini.addAll(replacing(added))
    },
    addInSteps: (added) => mini.addAllAsync(replacing(added), { chunkSize: STEP_SIZE }),
    removeNote(slug) {
      // discard, not remove: removing 8,000 claims from the index at once takes up to a second.
      const gone = [...docs.values()].filter((doc) => doc.slug === slug).map((doc) => doc.id)
      mini.discardAll(gone.filter((id) => mini.has(id)))
      for (const id of gone) docs.delete(id)
    },
    get size() {
      return docs.size
    },
  }
}

function searchDocs(
  mini: MiniSearch<SearchDoc>,
  docs: ReadonlyMap<string, SearchDoc>,
  query: string,
  limit: number,
): SearchHit[] {
  if (query.trim() === '') return []
  let results = mini.search(query, { ...QUERY_OPTIONS, combineWith: 'AND' })
  if (results.length === 0) results = mini.search(query, { ...QUERY_OPTIONS, combineWith: 'OR' })
  // MiniSearch sorts by score alone: keep every result tied with the last one kept, then order them.
  const cutoff = results[limit - 1]?.score ?? -Infinity
  const hits: SearchHit[] = []
  for (const result of results) {
    if (result.score < cutoff) break
    const doc = docs.get(result.id as string)
    if (doc === undefined) continue
    hits.push({ ...doc, score: result.score, terms: result.terms, queryTerms: result.queryTerms })
  }
  return hits.toSorted(compareHits).slice(0, limit)
}

/** Best score first; equal scores by note title, then time, then id, so the order never wobbles. */
function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    a.noteTitle.localeCompare(b.noteTitle) ||
    a.seconds - b.seconds ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
