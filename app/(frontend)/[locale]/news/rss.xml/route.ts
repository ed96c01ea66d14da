import { latestNews } from '@/lib/content/pressReleases'
import { getSiteFrame } from '@/lib/content/site'
import { isLocale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { absoluteUrl, feedHref, hrefFor, sectionHref } from '@/lib/routes'
import { buildRss } from '@/lib/rss'

const FEED_SIZE = 30

/** The latest press releases in one locale (untranslated ones in their own language, marked). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = translator(locale)
  const [news, site] = await Promise.all([latestNews(locale, FEED_SIZE), getSiteFrame(locale)])
  const body = buildRss({
    title: `${site.organisationName.text} – ${t('section.news')}`,
    link: absoluteUrl(sectionHref('news', locale)),
    selfLink: absoluteUrl(feedHref.news(locale)),
    description: t('news.description'),
    language: locale,
    items: news.items.map(({ doc, locale: shownIn, isFallback }) => ({
      title: doc.title,
      link: absoluteUrl(hrefFor('press-releases', doc.slug ?? '', locale)),
      description: doc.summary,
      publishedDate: doc.publishedDate,
      language: isFallback ? shownIn : undefined,
    })),
  })
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
