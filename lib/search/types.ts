/** The search's vocabulary, shared by its indexes (SQLite, MongoDB), its cache and the results page. */
import type { SearchedCollection } from '../../collections/registry'
import type { LocaleCode } from '../i18n/locales'

export type { SearchedCollection }

/** [start, end) of a highlighted stretch of a text, in UTF-16 code units. */
export type Mark = [number, number]

export interface SearchHit {
  collection: SearchedCollection
  id: number | string
  title: string
  titleMarks: Mark[]
  slug: string
  /** The summary, or for documents without a match in it an excerpt of their text around the first match. */
  text: string
  textMarks: Mark[]
  date: string | null
  /** The zone `date` is printed in: an event's own, a release's dateline's; UTC when there is none. */
  timeZone: string
  locale: LocaleCode
  isFallback: boolean
  /** Relevance, higher is better (the index's own scale). */
  score: number
}

export const facetNames = ['type', 'year', 'office', 'programme', 'lang'] as const
export type FacetName = (typeof facetNames)[number]

/** The filters a results page is narrowed by, one value each; absent = not filtered. */
export interface SearchFilters {
  type?: SearchedCollection
  year?: number
  office?: string
  programme?: string
  lang?: LocaleCode
}

export interface FacetCount {
  /** The collection, year, office or programme id, or language code, as text. */
  value: string
  /** At most COUNT_LIMIT. */
  count: number
  /** More than `count` match: counting stopped at COUNT_LIMIT. */
  capped: boolean
}

/**
 * Counts stop here and read "more than": counting every match of a word found in most of the
 * archive would cost in proportion to the archive, for a figure nobody reads exactly.
 */
export const COUNT_LIMIT = 1000

export interface SearchRequest {
  locale: LocaleCode
  query: string
  filters: SearchFilters
  page: number
}

export interface SearchResults {
  hits: SearchHit[]
  /** At most COUNT_LIMIT. */
  totalDocs: number
  /** More than `totalDocs` match (counting stopped at COUNT_LIMIT; pages past it are not offered). */
  totalCapped: boolean
  totalPages: number
  page: number
  /** Counts of the matches (all filters applied) per value of each facet, most first. */
  facets: Record<FacetName, FacetCount[]>
}

export const SEARCH_PAGE_SIZE = 10

export const noFacets = (): Record<FacetName, FacetCount[]> => ({
  type: [],
  year: [],
  office: [],
  programme: [],
  lang: [],
})

export const emptyResults = (): SearchResults => ({
  hits: [],
  totalDocs: 0,
  totalCapped: false,
  totalPages: 0,
  page: 1,
  facets: noFacets(),
})
