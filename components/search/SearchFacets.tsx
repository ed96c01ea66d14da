import type { LocaleCode } from '@/lib/i18n/locales'
import { isLocale } from '@/lib/i18n/locales'
import { languageName } from '@/lib/i18n/languageNames'
import { translator } from '@/lib/i18n/server'
import { searchHref } from '@/lib/search/searchHref'
import {
  COUNT_LIMIT,
  facetNames,
  type FacetCount,
  type FacetName,
  type SearchFilters,
  type SearchResults,
} from '@/lib/search/types'
import { formatNumber } from '@/lib/time/format'

/**
 * The facets of a results page: per facet, its values with their counts as links to the filtered
 * page (one canonical address each), the chosen value marked and removable. Plain links: works
 * without JavaScript, and each filtered page can be bookmarked or shared.
 */
export function SearchFacets({
  locale,
  query,
  filters,
  facets,
  names,
}: {
  locale: LocaleCode
  query: string
  filters: SearchFilters
  facets: SearchResults['facets']
  /** The names of the offices and programmes listed (lib/search/facetLabels), by id. */
  names: { office: Record<string, string>; programme: Record<string, string> }
}) {
  const t = translator(locale)
  const labelOf = (facet: FacetName, value: string): string => {
    switch (facet) {
      case 'type':
        return t(`search.kind.${value}`)
      case 'year':
        return value
      case 'lang':
        return isLocale(value) ? languageName(value, locale) : value
      case 'office':
        return names.office[value] || value
      case 'programme':
        return names.programme[value] || value
    }
  }
  const chosen = (facet: FacetName): string | undefined =>
    filters[facet] === undefined ? undefined : String(filters[facet])
  const groups = facetNames.filter((facet) => facets[facet].length > 1 || chosen(facet) !== undefined)
  if (groups.length === 0) return null
  const without = (facet: FacetName): SearchFilters => ({ ...filters, [facet]: undefined })
  // A count that stopped (lib/search/types COUNT_LIMIT) reads "n or more".
  const countOf = ({ count, capped }: FacetCount) =>
    capped ? t('search.facetCountMore', { number: formatNumber(count, locale) }) : formatNumber(count, locale)
  const sampled = facetNames.some((facet) => facets[facet].some((f) => f.capped))
  return (
    <nav className="search-facets" aria-label={t('search.filters')}>
      {groups.map((facet) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h2 id={`facet-${facet}`}>{t(`search.facet.${facet}`)}</h2>
          <ul>
            {facets[facet].map((facetCount) => {
              const { value } = facetCount
              const label = labelOf(facet, value)
              const isChosen = chosen(facet) === value
              return (
                <li key={value}>
                  {isChosen ? (
                    <a
                      href={searchHref(locale, query, without(facet))}
                      aria-current="true"
                      aria-label={t('search.removeFilter', { value: label })}
                    >
                      {label} <span className="count">({countOf(facetCount)})</span> ×
                    </a>
                  ) : (
                    <a
                      href={searchHref(locale, query, {
                        ...filters,
                        [facet]: facet === 'year' ? Number(value) : value,
                      })}
                    >
                      {label} <span className="count">({countOf(facetCount)})</span>
                    </a>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      {sampled ? (
        <p className="facet-note">{t('search.facetsAmongNewest', { number: formatNumber(COUNT_LIMIT, locale) })}</p>
      ) : null}
    </nav>
  )
}
