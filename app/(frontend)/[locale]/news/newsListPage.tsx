/**
 * The news list, shared by its first page (`/fr/news`) and its filtered and later pages
 * (`/fr/news/year/2024/page/2`, the catch-all route): each variant is its own cached page.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/common/Pagination'
import { PageShell } from '@/components/layout/PageShell'
import { renderedNotFoundMetadata } from '@/components/layout/serverRendered404'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { NewsFilters } from '@/components/news/NewsFilters'
import { NewsList } from '@/components/news/NewsList'
import { getFrame } from '@/lib/content/frame'
import { listNews, newsFilterOptions, type NewsFilters as Filters } from '@/lib/content/pressReleases'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { newsListHref } from '@/lib/site/listPaths'
import { metadataLocale, sectionMetadata } from '@/lib/site/pageParams'
import { feedHref, localeHrefs } from '@/lib/site/routes'

type Options = Awaited<ReturnType<typeof newsFilterOptions>>

/**
 * Filters that name something the form does not offer (a year without releases, an unknown office)
 * are a 404: the cache then holds only pages a visitor can reach, not one per number a robot tries.
 */
function offered(filters: Filters, options: Options): boolean {
  const { year, office, programme } = filters
  return (
    (year === undefined || options.years.includes(year)) &&
    (office === undefined || options.offices.some((o) => o.id === office)) &&
    (programme === undefined || options.programmes.some((p) => p.id === programme))
  )
}

/** A page past the last is a 404 too. */
function shown(filters: Filters, options: Options, totalPages: number): boolean {
  return offered(filters, options) && (filters.page === undefined || filters.page <= totalPages)
}

/** Whether the list page has anything at these filters: the page's own reads, from the data cache. */
async function isShown(locale: LocaleCode, filters: Filters): Promise<boolean> {
  const [news, options] = await Promise.all([listNews(locale, filters), newsFilterOptions(locale)])
  return shown(filters, options, news.totalPages)
}

export async function newsListMetadata(params: Promise<{ locale: string }>, filters: Filters): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (locale && !(await isShown(locale, filters))) return renderedNotFoundMetadata(params)
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
  const [frame, news, options] = await Promise.all([
    getFrame(locale),
    listNews(locale, filters),
    newsFilterOptions(locale),
  ])
  if (!shown(filters, options, news.totalPages)) notFound()
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
