import type { Metadata } from 'next'

import { Pagination } from '@/components/common/Pagination'
import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { SearchResults } from '@/components/search/SearchResults'
import { getFrame } from '@/lib/content/frame'
import { MAX_QUERY_LENGTH, normaliseQuery, searchSite } from '@/lib/search/search'
import { translator } from '@/lib/i18n/server'
import { localeParam, sectionMetadata } from '@/lib/site/pageParams'
import { intParam, localeHrefs, sectionHref, type QueryParams } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryParams> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, 'search', { noIndex: true })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale)
  const query = await searchParams
  const q = normaliseQuery(query.q)
  const t = translator(locale)
  const [frame, results] = await Promise.all([getFrame(locale), searchSite(locale, q, intParam(query.page) ?? 1)])
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
            {t('search.count', { count: results.totalDocs, query: q })}
          </p>
          <SearchResults hits={results.hits} query={q} locale={locale} />
          <Pagination
            locale={locale}
            href={sectionHref('search', locale)}
            page={results.page}
            totalPages={results.totalPages}
            query={{ q }}
          />
        </>
      ) : (
        <p>{t('search.hint')}</p>
      )}
    </PageShell>
  )
}
