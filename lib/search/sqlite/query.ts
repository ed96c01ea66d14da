/**
 * A page of results and the facet counts from the SQLite index, at a cost bounded by COUNT_LIMIT
 * rather than by the number of matches.
 *
 * The visitor's language has its own FTS table (the entries visible in it, lib/search/sqlite/store)
 * and every filter is a tag in the MATCH expression (lib/search/sqlite/tags), so FTS5 alone yields
 * the filtered matches, in rowid order (newest first), and stops at a LIMIT. The matches are first
 * counted up to COUNT_LIMIT + 1:
 * - up to COUNT_LIMIT, each is ranked (bm25, title above summary above body, newer first on ties)
 *   and its tags counted per facet value: exact figures;
 * - beyond, the query is one of the archive's most common (a word in most texts): bm25 would rank
 *   thousands of near-equal scores (its idf is close to zero for such a word, so the order is mostly
 *   that of text length), and it would have to score every match before showing ten. The results
 *   are instead the entries with every word in the title, newest first, then the others, newest
 *   first: read in FTS5's rowid order, which stops after the shown page. The total then reads
 *   "more than COUNT_LIMIT" and the facets are counted among the COUNT_LIMIT newest matches.
 * FTS5's own `ORDER BY rank LIMIT 10` (bm25 weights in its `rank` option) still scores every match
 * before sorting: 40–55 ms for 15,000 matches at N = 10,000, against 1–5 ms in rowid order.
 */
import type { LocaleCode } from '../../i18n/locales'
import { ftsPhrase, MAX_TOKEN_LENGTH, type QueryTerm } from '../queryTerms'
import { shownText, termMarks } from '../snippet'
import {
  COUNT_LIMIT,
  emptyResults,
  facetNames,
  noFacets,
  SEARCH_PAGE_SIZE,
  type FacetCount,
  type FacetName,
  type SearchFilters,
  type SearchHit,
  type SearchResults,
  type SearchedCollection,
} from '../types'
import type { SqlRunner } from './connection'
import { ENTRIES, LIVE, TERMS, termsComplete } from './store'
import { facetOfTag, filterTags } from './tags'

/** bm25 weights of the FTS columns: title, summary, body, tags (never scored). */
const bm25 = (fts: string) => `bm25(${fts}, 10.0, 4.0, 1.0, 0.0)`
/** Facet values listed per facet (the most frequent); a filter on another value still works. */
const FACET_VALUES = 30

const TEXT = '{title summary body}'

/**
 * The keys of the newest `limit` + 1 matches of `expression` in `fts` (so "more than `limit`" is
 * known without reading further), newest first: their number is the count, and for a common query
 * they are the matches its facets are counted among (newestFacets) — one pass over the index for
 * both. Read as one string: a row each cost the driver about 2 µs more a key (1,001 for a common word).
 */
async function newestKeys(db: SqlRunner, fts: string, expression: string, limit = COUNT_LIMIT): Promise<number[]> {
  const [row] = await db.all<{ keys: string | null }>(
    `SELECT group_concat(key) AS keys FROM
       (SELECT rowid AS key FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ?)`,
    [expression, limit + 1],
  )
  return row?.keys
    ? row.keys
        .split(',')
        .map(Number)
        .sort((a, b) => b - a)
    : []
}

/** Matches of `expression` in `fts`, counted up to `limit` + 1 (so "more than `limit`" is known without counting further). */
async function countUpTo(db: SqlRunner, fts: string, expression: string, limit = COUNT_LIMIT): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? LIMIT ?)`,
    [expression, limit + 1],
  )
  return row?.n ?? 0
}

interface Expressions {
  /** Every term in the text, every tag. */
  all: string
  /** Every term in the text, no tag: what bm25 scores (see rankedPage). */
  text: string
  /** Whether `all` has tags (filters) beside `text`. */
  filtered: boolean
  /** Every term in the title, every tag. */
  inTitle: string
  /** `all` without `inTitle`. */
  notInTitle: string
}

/** Words a prefix may stand for, at most: beyond, FTS5 reads the prefix itself (its 2-letter index helps the shortest). */
const MAX_EXPANSIONS = 40

/**
 * The words each prefix term's last token begins, from the index's list of words (TERMS), the token
 * itself included: FTS5 reads an OR of words newest first and stops at a LIMIT, where it reads a
 * prefix by merging every matching word's entries first (TERMS in store.ts). None while that list is
 * incomplete (an index made before it, until listed), or when the prefix begins too many words.
 */
async function prefixWords(db: SqlRunner, terms: readonly QueryTerm[]): Promise<Map<QueryTerm, string[]>> {
  const words = new Map<QueryTerm, string[]>()
  const prefixes = terms.filter((t) => t.prefix && (t.tokens.at(-1) ?? '').length < MAX_TOKEN_LENGTH)
  if (prefixes.length === 0 || !(await termsComplete(db))) return words
  for (const term of prefixes) {
    const start = term.tokens[term.tokens.length - 1]
    const rows = await db.all<{ term: string }>(
      // Every word that begins with `start` sorts between it and `start` followed by the last code point.
      `SELECT term FROM ${TERMS} WHERE term >= ? AND term < ? ORDER BY term LIMIT ?`,
      [start, `${start}\u{10FFFF}`, MAX_EXPANSIONS + 1],
    )
    if (rows.length <= MAX_EXPANSIONS) words.set(term, [...new Set([start, ...rows.map((r) => r.term)])])
  }
  return words
}

/** A term in FTS5's syntax: a prefix the words it begins stand for as an OR of whole words. */
function termExpression(term: QueryTerm, words: Map<QueryTerm, string[]>): string {
  const whole = words.get(term)
  if (!whole) return ftsPhrase(term)
  const before = term.tokens.slice(0, -1)
  return `(${whole.map((word) => `"${[...before, word].join(' ')}"`).join(' OR ')})`
}

function expressions(
  terms: readonly QueryTerm[],
  words: Map<QueryTerm, string[]>,
  tags: readonly string[],
): Expressions {
  const inText = terms.map((t) => `${TEXT} : ${termExpression(t, words)}`).join(' AND ')
  const inTitle = terms.map((t) => `title : ${termExpression(t, words)}`).join(' AND ')
  const tagged = (expression: string) => [expression, ...tags.map((t) => `tags : "${t}"`)].join(' AND ')
  const all = tagged(inText)
  return {
    all,
    text: inText,
    filtered: tags.length > 0,
    inTitle: tagged(inTitle),
    notInTitle: `(${all}) NOT (${inTitle})`,
  }
}

const sortFacet = (name: FacetName, values: FacetCount[]) =>
  values
    .sort((a, b) =>
      name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value),
    )
    .slice(0, FACET_VALUES)

/** Exact counts per facet value, from the matches' tags. */
function countTags(tagLists: readonly string[]): SearchResults['facets'] {
  const counts = new Map<string, number>()
  for (const tags of tagLists) for (const token of tags.split(' ')) counts.set(token, (counts.get(token) ?? 0) + 1)
  const facets = noFacets()
  for (const [token, count] of counts) {
    const found = facetOfTag(token)
    if (found) facets[found.facet].push({ value: found.value, count, capped: false })
  }
  for (const name of facetNames) facets[name] = sortFacet(name, facets[name])
  return facets
}

/**
 * The few matches (`keys`, every one: fewer than COUNT_LIMIT) ranked by bm25 (best first, newer first
 * on ties; sorted by SQLite, which sends the shown page only), and their exact facet counts. Scored
 * on the text terms alone: bm25 counts the entries of every phrase of its expression for their weight,
 * and a filter's tag may be on much of the index (a type, a year); the tags column weighs nothing in
 * the score anyway. The keys found with the tags then keep only the filtered matches.
 */
async function rankedPage(db: SqlRunner, fts: string, match: Expressions, keys: readonly number[], offset: number) {
  // `+rowid`: the keys filter the matches FTS5 yields rather than start one FTS5 query per key.
  const rows = await db.all<{ key: number; score: number }>(
    `SELECT rowid AS key, ${bm25(fts)} AS score FROM ${fts}
     WHERE ${fts} MATCH ? ${match.filtered ? 'AND +rowid IN (SELECT value FROM json_each(?))' : ''}
     ORDER BY score, rowid DESC LIMIT ? OFFSET ?`,
    [match.text, ...(match.filtered ? [JSON.stringify(keys)] : []), SEARCH_PAGE_SIZE, offset],
  )
  return {
    scores: new Map(rows.map((r) => [r.key, -r.score])),
    facets: await facetsOf(db, keys),
  }
}

/**
 * Counts per facet value among the entries `keys`, from their tags read as one string: a row per
 * entry cost twice as much (5.8 against 3.4 ms for 1,000 at N = 100,000), most of it making the rows;
 * read with the ranking, 8.5 against 5.2 + 1.1 ms for a rare word's 441 matches.
 */
async function facetsOf(db: SqlRunner, keys: readonly number[]): Promise<SearchResults['facets']> {
  const [row] = await db.all<{ tags: string | null }>(
    `SELECT group_concat(tags, ' ') AS tags FROM ${ENTRIES} WHERE key IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(keys)],
  )
  return countTags(row?.tags ? [row.tags] : [])
}

/** Keys in FTS5's own order (newest first), for a page of a common query. */
async function newest(
  db: SqlRunner,
  fts: string,
  expression: string,
  limit: number,
  offset: number,
): Promise<number[]> {
  if (limit <= 0) return []
  const rows = await db.all<{ key: number }>(
    `SELECT rowid AS key FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?`,
    [expression, limit, offset],
  )
  return rows.map((r) => r.key)
}

/** A page of a common query: title matches newest first, then the rest newest first. */
async function commonPage(db: SqlRunner, fts: string, match: Expressions, offset: number): Promise<number[]> {
  const inTitle = await newest(db, fts, match.inTitle, SEARCH_PAGE_SIZE, offset)
  if (inTitle.length === SEARCH_PAGE_SIZE) return inTitle
  const titleCount = inTitle.length > 0 ? offset + inTitle.length : await countUpTo(db, fts, match.inTitle, offset)
  return [
    ...inTitle,
    ...(await newest(
      db,
      fts,
      match.notInTitle,
      SEARCH_PAGE_SIZE - inTitle.length,
      offset - titleCount + inTitle.length,
    )),
  ]
}

/**
 * Facet counts of a common query among its COUNT_LIMIT newest matches (`keys`, from newestKeys):
 * every count is then "at least" (capped). Counting each value up to a limit instead was measured
 * at 25–50 ms for the 40 values a page lists, at N = 10,000.
 */
async function newestFacets(db: SqlRunner, keys: readonly number[]): Promise<SearchResults['facets']> {
  const facets = await facetsOf(db, keys.slice(0, COUNT_LIMIT))
  for (const name of facetNames) for (const value of facets[name]) value.capped = true
  return facets
}

interface TextRow {
  key: number
  collection: SearchedCollection
  doc_id: number | string
  lang: LocaleCode
  title: string
  summary: string
  body: string
  slug: string
  date: string | null
  time_zone: string
}

/** The shown entries, in the order of `keys`. */
async function texts(db: SqlRunner, keys: readonly number[]): Promise<TextRow[]> {
  if (keys.length === 0) return []
  const rows = await db.all<TextRow>(
    `SELECT key, collection, doc_id, lang, title, summary, body, slug, date, time_zone
     FROM ${ENTRIES} WHERE key IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(keys)],
  )
  const byKey = new Map(rows.map((r) => [r.key, r]))
  return keys.flatMap((key) => byKey.get(key) ?? [])
}

export async function querySqliteIndex(
  db: SqlRunner,
  request: { locale: LocaleCode; query: string; terms: readonly QueryTerm[]; filters: SearchFilters; page: number },
): Promise<SearchResults> {
  const { locale, terms, filters } = request
  if (terms.length === 0) return emptyResults()
  const fts = LIVE.fts[locale]
  const match = expressions(terms, await prefixWords(db, terms), filterTags(filters))
  const newestMatches = await newestKeys(db, fts, match.all)
  const total = newestMatches.length
  if (total === 0) return emptyResults()
  const capped = total > COUNT_LIMIT
  const totalDocs = Math.min(total, COUNT_LIMIT)
  const totalPages = Math.ceil(totalDocs / SEARCH_PAGE_SIZE)
  // A page past the end shows the last one.
  const page = Math.min(Math.max(1, request.page), totalPages)
  const offset = (page - 1) * SEARCH_PAGE_SIZE
  let shown: TextRow[]
  let facets: SearchResults['facets']
  // Common queries are not scored (see above): their hits say 0.
  let scores = new Map<number, number>()
  if (capped) {
    shown = await texts(db, await commonPage(db, fts, match, offset))
    facets = await newestFacets(db, newestMatches)
  } else {
    const ranked = await rankedPage(db, fts, match, newestMatches, offset)
    shown = await texts(db, [...ranked.scores.keys()])
    facets = ranked.facets
    scores = ranked.scores
  }
  return {
    hits: shown.map((row) => hitOf(row, scores.get(row.key) ?? 0, terms, locale)),
    totalDocs,
    totalCapped: capped,
    totalPages,
    page,
    facets,
  }
}

function hitOf(row: TextRow, score: number, terms: readonly QueryTerm[], locale: LocaleCode): SearchHit {
  const shown = shownText(row.summary, row.body, (text) => termMarks(text, terms))
  return {
    collection: row.collection,
    id: row.doc_id,
    title: row.title,
    titleMarks: termMarks(row.title, terms),
    slug: row.slug,
    text: shown.text,
    textMarks: shown.marks,
    date: row.date,
    timeZone: row.time_zone,
    locale: row.lang,
    isFallback: row.lang !== locale,
    score,
  }
}
