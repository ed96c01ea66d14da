/**
 * A page of results and the facet counts from the SQLite index, in two statements: one ranks every
 * match (bm25, title above summary above body, newer first on ties) and counts it per facet value,
 * the other reads the shown page's text with the index's highlights.
 */
import type { LocaleCode } from '../../i18n/locales'
import { ftsMatchExpression, type QueryTerm } from '../queryTerms'
import { CLOSE, excerpt, marksFromIndex, OPEN } from '../snippet'
import {
  emptyResults,
  noFacets,
  SEARCH_PAGE_SIZE,
  type FacetName,
  type SearchFilters,
  type SearchHit,
  type SearchResults,
  type SearchedCollection,
} from '../types'
import type { SqlArg, SqlRunner } from './connection'
import { ENTRIES, FACETS, FTS } from './store'

/** bm25 weights of the FTS columns: title, summary, body. */
const WEIGHTS = '10.0, 4.0, 1.0'
/** Facet values listed per facet (the most frequent); a filter on another value still works. */
const FACET_VALUES = 30

/** Visible in `locale`: its text in that language, or its source text when not translated into it. */
const VISIBLE = `(e.lang = ? OR (e.is_source = 1 AND instr(e.langs, ?) = 0))`

function filterSql(filters: SearchFilters): { sql: string; args: SqlArg[] } {
  const parts: string[] = []
  const args: SqlArg[] = []
  const where = (sql: string, ...values: SqlArg[]) => {
    parts.push(sql)
    args.push(...values)
  }
  if (filters.type) where('e.collection = ?', filters.type)
  if (filters.year !== undefined) where('e.year = ?', filters.year)
  if (filters.lang) where('e.lang = ?', filters.lang)
  for (const facet of ['office', 'programme'] as const) {
    const value = filters[facet]
    if (value === undefined) continue
    where(`EXISTS (SELECT 1 FROM ${FACETS} f WHERE f.entry = e.id AND f.facet = ? AND f.value = ?)`, facet, value)
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), args }
}

interface CountRow {
  kind: FacetName | 'hit'
  value: string | number | null
  n: number
}

interface TextRow {
  id: number
  collection: SearchedCollection
  doc_id: number | string
  lang: LocaleCode
  title: string
  summary: string
  body: string
  slug: string
  date: string | null
  time_zone: string
  h_title: string
  h_summary: string
  h_body: string
}

export async function querySqliteIndex(
  db: SqlRunner,
  request: { locale: LocaleCode; query: string; terms: readonly QueryTerm[]; filters: SearchFilters; page: number },
): Promise<SearchResults> {
  const { locale, terms, filters, page } = request
  if (terms.length === 0) return emptyResults()
  const match = ftsMatchExpression(terms)
  const filter = filterSql(filters)
  const langs = `,${locale},`
  // A page past the end shows the last one: its offset is known only once the matches are counted,
  // so the ranked ids are read for the requested page and, if it is past the end, read again.
  const ranked = async (offset: number) =>
    db.all<CountRow>(
      `WITH m AS MATERIALIZED (
         SELECT e.id, e.collection, e.year, e.lang, e.date, bm25(${FTS}, ${WEIGHTS}) AS score
         FROM ${FTS} JOIN ${ENTRIES} e ON e.id = ${FTS}.rowid
         WHERE ${FTS} MATCH ? AND ${VISIBLE}${filter.sql}
       )
       SELECT 'hit' AS kind, id AS value, score AS n FROM (SELECT id, score FROM m ORDER BY score, date DESC, id LIMIT ? OFFSET ?)
       UNION ALL SELECT 'type', collection, count(*) FROM m GROUP BY collection
       UNION ALL SELECT 'year', year, count(*) FROM m WHERE year IS NOT NULL GROUP BY year
       UNION ALL SELECT 'lang', lang, count(*) FROM m GROUP BY lang
       UNION ALL SELECT f.facet, f.value, count(*) FROM m JOIN ${FACETS} f ON f.entry = m.id GROUP BY f.facet, f.value`,
      [match, locale, langs, ...filter.args, SEARCH_PAGE_SIZE, offset],
    )
  let current = Math.max(1, page)
  let rows = await ranked((current - 1) * SEARCH_PAGE_SIZE)
  const facets = noFacets()
  for (const row of rows) if (row.kind !== 'hit') facets[row.kind].push({ value: String(row.value), count: row.n })
  const totalDocs = facets.type.reduce((sum, f) => sum + f.count, 0)
  if (totalDocs === 0) return emptyResults()
  const totalPages = Math.ceil(totalDocs / SEARCH_PAGE_SIZE)
  if (current > totalPages) {
    current = totalPages
    rows = await ranked((current - 1) * SEARCH_PAGE_SIZE)
  }
  for (const name of Object.keys(facets) as FacetName[])
    facets[name] = facets[name]
      .sort((a, b) =>
        name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value),
      )
      .slice(0, FACET_VALUES)
  const hits = rows.filter((r) => r.kind === 'hit').map((r) => ({ id: Number(r.value), score: r.n }))
  const texts = await db.all<TextRow>(
    `SELECT e.id, e.collection, e.doc_id, e.lang, e.title, e.summary, e.body, e.slug, e.date, e.time_zone,
            highlight(${FTS}, 0, ?, ?) AS h_title, highlight(${FTS}, 1, ?, ?) AS h_summary, highlight(${FTS}, 2, ?, ?) AS h_body
     FROM ${FTS} JOIN ${ENTRIES} e ON e.id = ${FTS}.rowid
     WHERE ${FTS} MATCH ? AND ${FTS}.rowid IN (SELECT value FROM json_each(?))`,
    [OPEN, CLOSE, OPEN, CLOSE, OPEN, CLOSE, match, JSON.stringify(hits.map((h) => h.id))],
  )
  const byId = new Map(texts.map((t) => [t.id, t]))
  return {
    hits: hits.flatMap(({ id, score }) => {
      const row = byId.get(id)
      return row ? [hitOf(row, -score, request.query, locale)] : []
    }),
    totalDocs,
    totalPages,
    page: current,
    facets,
  }
}

function hitOf(row: TextRow, score: number, query: string, locale: LocaleCode): SearchHit {
  const summaryMarks = row.summary ? marksFromIndex(row.summary, row.h_summary, query) : []
  const bodyMarks = row.body ? marksFromIndex(row.body, row.h_body, query) : []
  // The summary when it matches or the body does not; otherwise the body around its first match.
  const shown =
    row.summary && (summaryMarks.length > 0 || bodyMarks.length === 0)
      ? { text: row.summary, marks: summaryMarks }
      : excerpt(row.body, bodyMarks)
  return {
    collection: row.collection,
    id: row.doc_id,
    title: row.title,
    titleMarks: marksFromIndex(row.title, row.h_title, query),
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
