import type { Metadata } from 'next'

import { Pagination } from '@/components/common/Pagination'
import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { SearchFacets } from '@/components/search/SearchFacets'
import { SearchResults } from '@/components/search/SearchResults'
import { getFrame } from '@/lib/content/frame'
import { MAX_QUERY_LENGTH, normaliseQuery, searchFilters, searchSite } from '@/lib/content/search'
import { translator } from '@/lib/i18n/server'
import { facetLabels } from '@/lib/search/facetLabels'
import { searchHref } from '@/lib/search/searchHref'
import { localeParam, metadataLocale, sectionMetadata } from '@/lib/site/pageParams'
import { formatNumber } from '@/lib/time/format'
import { absoluteUrl, intParam, localeHrefs, sectionHref, type QueryParams } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryParams> }

/** Not indexed by search engines; each query, filter and page has its own canonical address. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const metadata = await sectionMetadata(params, 'search', { noIndex: true })
  const locale = metadataLocale((await params).locale)
  if (!locale) return metadata
  const query = await searchParams
  const canonical = absoluteUrl(
    searchHref(locale, normaliseQuery(query.q), searchFilters(query), intParam(query.page) ?? 1),
  )
  return { ...metadata, alternates: { ...metadata.alternates, canonical } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale)
  const query = await searchParams
  const q = normaliseQuery(query.q)
  const filters = searchFilters(query)
  const t = translator(locale)
  const [frame, results] = await Promise.all([
    getFrame(locale),
    searchSite(locale, q, intParam(query.page) ?? 1, filters),
  ])
  const filtered = Object.values(filters).some((v) => v !== undefined)
  const [office, programme] = await Promise.all(
    (['office', 'programme'] as const).map((facet) =>
      facetLabels(
        locale,
        facet,
        results.facets[facet].map((f) => f.value),
      ),
    ),
  )
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => sectionHref('search', l))}>
      <SectionHeader title={t('search.title')} />
      <form className="search-form" role="search" action={sectionHref('search', locale)} method="get">
        <label htmlFor="search-q">{t('search.label')}</label>
        <div className="search-row">
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>
      {q ? (
        <>
          <p className="result-count" role="status">
            {results.totalCapped
              ? t('search.countMore', { number: formatNumber(results.totalDocs, locale), query: q })
              : t('search.count', { count: results.totalDocs, query: q })}
          </p>
          {results.totalDocs === 0 ? (
            <p className="no-results">
              {filtered ? (
                <>
                  {t('search.noResultsFiltered')} <a href={searchHref(locale, q, {})}>{t('search.removeFilters')}</a>
                </>
              ) : (
                t('search.noResults')
              )}
            </p>
          ) : (
            <div className="search-layout">
              <SearchFacets
                locale={locale}
                query={q}
                filters={filters}
                facets={results.facets}
                names={{ office, programme }}
              />
              <div>
                <SearchResults hits={results.hits} locale={locale} />
                <Pagination
                  locale={locale}
                  href={sectionHref('search', locale)}
                  page={results.page}
                  totalPages={results.totalPages}
                  query={{ q, ...filters }}
                />
              </div>
            </div>
          )}
        </>
      ) : (
        <p>{t('search.hint')}</p>
      )}
    </PageShell>
  )
}
