/**
 * The site's search as the content layer offers it: one interface whichever database runs (the
 * index behind it is chosen in lib/search/searchIndex.ts).
 */
export { normaliseQuery, searchFilters, searchSite, MAX_QUERY_LENGTH } from '../search/search'
export type { FacetCount, FacetName, SearchFilters, SearchHit, SearchResults } from '../search/types'
