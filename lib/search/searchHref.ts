import type { LocaleCode } from '../i18n/locales'
import { sectionHref, withQuery } from '../site/routes'
import type { SearchFilters } from './types'

/**
 * The address of a results page: the query, then the filters and the page in one fixed order, so
 * each filtered page has one canonical address whatever order its links were followed in.
 */
export function searchHref(locale: LocaleCode, query: string, filters: SearchFilters, page = 1): string {
  return withQuery(sectionHref('search', locale), {
    q: query || undefined,
    type: filters.type,
    year: filters.year,
    office: filters.office,
    programme: filters.programme,
    lang: filters.lang,
    page: page > 1 ? page : undefined,
  })
}
