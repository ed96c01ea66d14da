/**
 * The site's search: published press releases, events, programmes and offices, in the visitor's
 * language plus the documents not translated into it (in their own language), ranked by the index
 * (lib/search/searchIndex: SQLite FTS5 or a MongoDB text index), with facet counts.
 *
 * Results are kept in Next's data cache under the searched collections' tags, so every published
 * change expires them (lib/content/revalidate.ts) and every instance behind a shared cache handler
 * reuses them.
 */
import { searchedCollections } from '../../collections/registry'
import { isLocale, type LocaleCode } from '../i18n/locales'
import { cached } from '../content/cache'
import { payloadClient } from '../content/payload'
import { collectionTag } from '../content/tags'
import { queryTerms } from './queryTerms'
import { searchIndexOf } from './searchIndex'
import { emptyResults, type SearchFilters, type SearchResults } from './types'
import type { QueryParams } from '../site/routes'

export * from './types'

export const MAX_QUERY_LENGTH = 100

/** The query as searched: control characters dropped, whitespace collapsed, trimmed, bounded. Empty means no search. */
export function normaliseQuery(raw: unknown): string {
  return typeof raw === 'string'
    ? raw
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_QUERY_LENGTH)
        .trim()
    : ''
}

const single = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined

/** A document id as written in an address: SQLite's number or MongoDB's ObjectId. */
const ID = /^(\d{1,12}|[0-9a-f]{24})$/

/** The filters of a results page's address; a value that cannot be one is left out (never an error). */
export function searchFilters(params: QueryParams): SearchFilters {
  const filters: SearchFilters = {}
  const type = single(params.type)
  if (type && (searchedCollections as readonly string[]).includes(type)) filters.type = type as SearchFilters['type']
  const year = single(params.year)
  if (year && /^\d{4}$/.test(year)) filters.year = Number(year)
  for (const facet of ['office', 'programme'] as const) {
    const value = single(params[facet])
    if (value && ID.test(value)) filters[facet] = value
  }
  const lang = single(params.lang)
  if (isLocale(lang)) filters.lang = lang
  return filters
}

async function readResults(
  locale: LocaleCode,
  query: string,
  filters: SearchFilters,
  page: number,
): Promise<SearchResults> {
  const terms = queryTerms(query)
  if (terms.length === 0) return emptyResults()
  const payload = await payloadClient()
  return searchIndexOf(payload).query({ locale, query, terms, filters, page })
}

/**
 * One page of results, best first, with the facet counts: from Next's data cache until the next
 * published change to a searched collection.
 */
export const searchSite: (
  locale: LocaleCode,
  query: string,
  page: number,
  filters?: SearchFilters,
) => Promise<SearchResults> = (() => {
  const read = cached(
    (locale: LocaleCode, query: string, filters: SearchFilters, page: number) =>
      readResults(locale, query, filters, page),
    'search',
    () => searchedCollections.map(collectionTag),
  )
  return (locale, query, page, filters = {}) => read(locale, normaliseQuery(query), filters, page)
})()
