/**
 * The search index on MongoDB: a collection of entries (document × language) beside Payload's,
 * with the folded title, summary and body under one text index. The index has no language
 * (`default_language: 'none'`, and `language_override` pointed at a field no entry has, so an
 * entry's `lang` is never read as a stemming language): MongoDB has no Arabic stemmer, and every
 * language is folded the same way as on SQLite (lib/search/fold) before it is stored and searched.
 *
 * Differences from SQLite, which the integration suite checks under TEST_DATABASE_URI: a text
 * index has no prefix search, so the last word's prefix is matched with an anchored regular
 * expression on the folded fields; highlights are found again in the original text
 * (foldedMatches) rather than read from the index.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { foldedMatches, foldText } from '../fold'
import { allEntries, type DocId, type SearchEntry } from '../entries'
import type { QueryTerm } from '../queryTerms'
import { rebuildInPlace } from '../rebuildInPlace'
import { shownText } from '../snippet'
import type { IndexQuery, InTransaction, SearchIndex } from '../searchIndex'
import {
  emptyResults,
  facetNames,
  noFacets,
  SEARCH_PAGE_SIZE,
  type FacetName,
  type SearchFilters,
  type SearchHit,
} from '../types'

export const MONGO_COLLECTION = 'search_entries'
const TEXT_INDEX = 'search_text'
const FACET_VALUES = 30

interface StoredEntry {
  _id: string
  collection: string
  docId: DocId
  lang: string
  isSource: boolean
  langs: string[]
  title: string
  summary: string
  body: string
  slug: string
  date: string | null
  year: number | null
  timeZone: string
  offices: string[]
  programmes: string[]
  folded: { title: string; summary: string; body: string }
}

const entryId = (e: { collection: string; docId: DocId; lang: string }) =>
  `${e.collection}:${String(e.docId)}:${e.lang}`

const stored = (e: SearchEntry): StoredEntry => ({
  _id: entryId(e),
  collection: e.collection,
  docId: e.docId,
  lang: e.lang,
  isSource: e.isSource,
  langs: e.langs,
  title: e.title,
  summary: e.summary,
  body: e.body,
  slug: e.slug,
  date: e.date,
  year: e.date ? new Date(e.date).getUTCFullYear() : null,
  timeZone: e.timeZone,
  offices: e.offices.map(String),
  programmes: e.programmes.map(String),
  folded: { title: foldText(e.title), summary: foldText(e.summary), body: foldText(e.body) },
})

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The terms as a `$text` search (every term a quoted phrase: MongoDB ANDs phrases, while bare words
 * are ORed) and, for a prefix term, a condition on the folded fields.
 */
function textConditions(terms: readonly QueryTerm[]): Record<string, unknown>[] {
  const whole = terms.filter((t) => !t.prefix)
  const conditions: Record<string, unknown>[] = []
  if (whole.length > 0) conditions.push({ $text: { $search: whole.map((t) => `"${t.tokens.join(' ')}"`).join(' ') } })
  for (const term of terms.filter((t) => t.prefix)) {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${term.tokens.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}`, 'u')
    conditions.push({
      $or: [{ 'folded.title': pattern }, { 'folded.summary': pattern }, { 'folded.body': pattern }],
    })
  }
  return conditions
}

function filterConditions(locale: string, filters: SearchFilters): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [
    { $or: [{ lang: locale }, { isSource: true, langs: { $ne: locale } }] },
  ]
  if (filters.type) conditions.push({ collection: filters.type })
  if (filters.year !== undefined) conditions.push({ year: filters.year })
  if (filters.lang) conditions.push({ lang: filters.lang })
  if (filters.office) conditions.push({ offices: filters.office })
  if (filters.programme) conditions.push({ programmes: filters.programme })
  return conditions
}

const facetField: Record<FacetName, string> = {
  type: 'collection',
  year: 'year',
  office: 'offices',
  programme: 'programmes',
  lang: 'lang',
}

function hitOf(entry: StoredEntry & { score?: number }, query: string, locale: string): SearchHit {
  const shown = shownText(entry.summary, entry.body, (text) => foldedMatches(text, query))
  return {
    collection: entry.collection as SearchHit['collection'],
    id: entry.docId,
    title: entry.title,
    titleMarks: foldedMatches(entry.title, query),
    slug: entry.slug,
    text: shown.text,
    textMarks: shown.marks,
    date: entry.date,
    timeZone: entry.timeZone,
    locale: entry.lang as SearchHit['locale'],
    isFallback: entry.lang !== locale,
    score: entry.score ?? 0,
  }
}

export function mongoSearchIndex(payload: Payload): SearchIndex {
  const adapter = payload.db as unknown as MongooseAdapter
  const entries = () => adapter.connection.collection<StoredEntry>(MONGO_COLLECTION)
  const sessionOf = async (req?: InTransaction) => {
    const id = req?.transactionID ? await req.transactionID : undefined
    return id !== undefined ? adapter.sessions[id] : undefined
  }
  return {
    async prepare() {
      const existing = await adapter.connection.db?.listCollections({ name: MONGO_COLLECTION }).toArray()
      const created = !existing || existing.length === 0
      await entries().createIndex(
        { 'folded.title': 'text', 'folded.summary': 'text', 'folded.body': 'text' },
        {
          name: TEXT_INDEX,
          weights: { 'folded.title': 10, 'folded.summary': 4, 'folded.body': 1 },
          default_language: 'none',
          language_override: 'textLanguage',
        },
      )
      await entries().createIndex({ collection: 1, docId: 1 })
      return created
    },
    async replace(collection, docIds, list, req) {
      const session = await sessionOf(req)
      await entries().deleteMany({ collection, docId: { $in: [...docIds] } }, { session })
      if (list.length > 0) await entries().insertMany(list.map(stored), { session })
    },
    rebuild(batchSize, onProgress) {
      return rebuildInPlace(
        {
          replace: (collection, docIds, list, req) => this.replace(collection, docIds, list, req),
          indexed: async (collection) => (await entries().distinct('docId', { collection })) as DocId[],
          documents: allEntries(payload, batchSize),
          inTransaction: async (work) => {
            const id = await payload.db.beginTransaction()
            try {
              await work(id ?? undefined)
              if (id !== null) await payload.db.commitTransaction(id)
            } catch (error) {
              if (id !== null) await payload.db.rollbackTransaction(id)
              throw error
            }
          },
        },
        onProgress,
      )
    },
    async query({ locale, query, terms, filters, page }: IndexQuery) {
      if (terms.length === 0) return emptyResults()
      const text = textConditions(terms)
      const usesText = text.some((c) => '$text' in c)
      const match = { $and: [...text, ...filterConditions(locale, filters)] }
      const counts = Object.fromEntries(
        facetNames.map((name) => [
          name,
          [
            ...(name === 'office' || name === 'programme' ? [{ $unwind: `$${facetField[name]}` }] : []),
            { $group: { _id: `$${facetField[name]}`, n: { $sum: 1 } } },
          ],
        ]),
      )
      const run = async (skip: number) =>
        (
          await entries()
            .aggregate<
              { hits: (StoredEntry & { score?: number })[] } & Record<FacetName, { _id: unknown; n: number }[]>
            >([
              { $match: match },
              ...(usesText ? [{ $addFields: { score: { $meta: 'textScore' } } }] : []),
              {
                $facet: {
                  hits: [
                    { $sort: usesText ? { score: -1, date: -1, _id: 1 } : { date: -1, _id: 1 } },
                    { $skip: skip },
                    { $limit: SEARCH_PAGE_SIZE },
                  ],
                  ...counts,
                },
              },
            ])
            .toArray()
        )[0]
      let current = Math.max(1, page)
      let result = await run((current - 1) * SEARCH_PAGE_SIZE)
      const facets = noFacets()
      for (const name of facetNames)
        facets[name] = (result?.[name] ?? [])
          .filter((f) => f._id !== null && f._id !== undefined)
          .map((f) => ({ value: String(f._id), count: f.n, capped: false }))
          .sort((a, b) =>
            name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value),
          )
          .slice(0, FACET_VALUES)
      const totalDocs = (result?.type ?? []).reduce((sum, f) => sum + f.n, 0)
      if (totalDocs === 0) return emptyResults()
      const totalPages = Math.ceil(totalDocs / SEARCH_PAGE_SIZE)
      if (current > totalPages) {
        current = totalPages
        result = await run((current - 1) * SEARCH_PAGE_SIZE)
      }
      return {
        hits: (result?.hits ?? []).map((entry) => hitOf(entry, query, locale)),
        totalDocs,
        // Mongo counts every match (its path is not measured here: no MongoDB on this machine).
        totalCapped: false,
        totalPages,
        page: current,
        facets,
      }
    },
  }
}
