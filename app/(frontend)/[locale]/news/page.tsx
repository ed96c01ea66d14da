import type { Metadata } from 'next'

import { Pagination } from '@/components/common/Pagination'
import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { NewsFilters } from '@/components/news/NewsFilters'
import { NewsList } from '@/components/news/NewsList'
import { getFrame } from '@/lib/content/frame'
import { listNews, newsFilterOptions, parseNewsFilters } from '@/lib/content/pressReleases'
import { translator } from '@/lib/i18n/server'
import { localeParam, sectionMetadata } from '@/lib/site/pageParams'
import { feedHref, localeHrefs, sectionHref, type QueryParams } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryParams> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, 'news', {
    feeds: (locale) => ({
      'application/rss+xml': feedHref.news(locale),
      'application/atom+xml': feedHref.newsAtom(locale),
      'application/feed+json': feedHref.newsJson(locale),
    }),
  })
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale)
  const filters = parseNewsFilters(await searchParams)
  const t = translator(locale)
  const [frame, news, options] = await Promise.all([
    getFrame(locale),
    listNews(locale, filters),
    newsFilterOptions(locale),
  ])
  const { page: _page, ...kept } = filters
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => sectionHref('news', l))} current="news">
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
        href={sectionHref('news', locale)}
        page={news.page}
        totalPages={news.totalPages}
        query={kept}
      />
    </PageShell>
  )
}
