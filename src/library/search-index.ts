// The search across notes: every claim of the library, found by its words.
// Pure: no React, no DOM. The build serialises the vault's index once
// (createSearchIndexJson); the browser loads it lazily (loadSearchIndex) and
// adds or removes your own notes at runtime.
//
// CHOICE-TABLE (filled in from tests/bench/search.bench.ts)
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import type { SearchDoc } from './library-entry.ts'
import { packSearch, unpackSearch, type SerialisedSearch } from './search-serialise.ts'
import { indexTerm, tokenizeWords } from './search-text.ts'

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
  /** Removes every claim of the note. */
  removeNote(slug: string): void
  /** How many claims are indexed. */
  readonly size: number
}

/** Results one search returns unless told otherwise. */
export const DEFAULT_LIMIT = 50

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
  return {
    search: (query, limit = DEFAULT_LIMIT) => searchDocs(mini, docs, query, limit),
    add(added) {
      for (const doc of new Map(added.map((d) => [d.id, d])).values()) {
        const old = docs.get(doc.id)
        if (old !== undefined) mini.remove(old)
        mini.add(doc)
        docs.set(doc.id, doc)
      }
    },
    removeNote(slug) {
      const gone = [...docs.values()].filter((doc) => doc.slug === slug)
      mini.removeAll(gone)
      for (const doc of gone) docs.delete(doc.id)
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
