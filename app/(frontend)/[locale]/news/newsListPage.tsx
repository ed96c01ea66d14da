/**
 * The news list, shared by its first page (`/fr/news`) and its filtered and later pages
 * (`/fr/news/year/2024/page/2`, the catch-all route): each variant is its own cached page.
 */
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { Pagination } from '@/components/common/Pagination'
import { PageShell } from '@/components/layout/PageShell'
import { renderedNotFoundMetadata } from '@/components/layout/serverRendered404'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { NewsFilters } from '@/components/news/NewsFilters'
import { NewsList } from '@/components/news/NewsList'
import { getFrame } from '@/lib/content/frame'
import { newsFilterOptions, type NewsFilterOptions as Options } from '@/lib/content/newsFilterOptions'
import { listNews, type NewsFilters as Filters } from '@/lib/content/pressReleases'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { newsListHref } from '@/lib/site/listPaths'
import { metadataLocale, sectionMetadata } from '@/lib/site/pageParams'
import { feedHref, localeHrefs } from '@/lib/site/routes'

/**
 * Filters that name something the site does not have (a year or a country without releases, an
 * unknown or draft office) are a 404: the cache then holds only pages a visitor can reach, not one
 * per number a robot tries. An office is offered by its own address even when no menu lists it (at
 * scale the menu lists a country's offices).
 */
function offered(filters: Filters, options: Options): boolean {
  const { year, country, office, programme } = filters
  return (
    (year === undefined || options.years.includes(year)) &&
    (country === undefined || options.countries.some((c) => c.code === country)) &&
    (office === undefined || options.offices.some((o) => o.id === office)) &&
    (programme === undefined || options.programmes.some((p) => p.id === programme))
  )
}

/**
 * An office outside the chosen country: the visitor changed the country and kept the office the menu
 * had (the form sends both). The country wins: the list of that country, without the office.
 */
function withoutStrayOffice(filters: Filters, options: Options): Filters | undefined {
  const { country, office } = filters
  if (country === undefined || office === undefined) return undefined
  const chosen = options.offices.find((o) => o.id === office)
  if (!chosen || chosen.country === country) return undefined
  const { office: _office, page: _page, ...kept } = filters
  return kept
}

/** A page past the last is a 404 too. */
function shown(filters: Filters, options: Options, totalPages: number): boolean {
  return offered(filters, options) && (filters.page === undefined || filters.page <= totalPages)
}

/** The page's own reads (from the data cache), and where a stray office is sent instead. */
async function readList(locale: LocaleCode, filters: Filters) {
  const [options, news] = await Promise.all([newsFilterOptions(locale, filters), listNews(locale, filters)])
  const stray = withoutStrayOffice(filters, options)
  return {
    news,
    options,
    isShown: !stray && shown(filters, options, news.totalPages),
    redirectTo: stray && newsListHref(locale, stray),
  }
}

export async function newsListMetadata(params: Promise<{ locale: string }>, filters: Filters): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (locale && !(await readList(locale, filters)).isShown) return renderedNotFoundMetadata(params)
  return sectionMetadata(params, 'news', {
    href: (l) => newsListHref(l, filters),
    feeds: (locale) => ({
      'application/rss+xml': feedHref.news(locale),
      'application/atom+xml': feedHref.newsAtom(locale),
      'application/feed+json': feedHref.newsJson(locale),
    }),
  })
}

export async function newsListPage(locale: LocaleCode, filters: Filters) {
  const t = translator(locale)
  const [frame, { news, options, isShown, redirectTo }] = await Promise.all([
    getFrame(locale),
    readList(locale, filters),
  ])
  // Temporary: whether an office is in a country is the content's, not the address's.
  if (redirectTo) redirect(redirectTo)
  if (!isShown) notFound()
  const { page: _page, ...kept } = filters
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => newsListHref(l, filters))} current="news">
      <SectionHeader
        title={t('section.news')}
        description={t('news.description')}
        feed={{ href: feedHref.news(locale), type: 'application/rss+xml', label: t('footer.newsFeed') }}
      />
      <NewsFilters locale={locale} options={options} current={filters} />
      <p className="result-count" role="status">
        {t('news.count', { count: news.totalDocs })}
      </p>
      <NewsList items={news.items} locale={locale} />
      <Pagination
        locale={locale}
        page={news.page}
        totalPages={news.totalPages}
        hrefOf={(page) => newsListHref(locale, { ...kept, page })}
      />
    </PageShell>
  )
}
