/** The response of a news feed route, in any of its formats: the latest releases of one locale. */
import { latestNews } from '../content/pressReleases'
import { getSiteFrame } from '../content/site'
import { isLocale } from '../i18n/locales'
import { translator } from '../i18n/server'
import { absoluteUrl, feedHref, hrefFor, sectionHref } from '../site/routes'
import { buildNewsFeed, feedContentType, type FeedFormat } from './news'

const FEED_SIZE = 30

/** The latest press releases in one locale (untranslated ones in their own language, marked). */
export async function newsFeedResponse(locale: string, format: FeedFormat): Promise<Response> {
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = translator(locale)
  const [news, site] = await Promise.all([latestNews(locale, FEED_SIZE), getSiteFrame(locale)])
  const body = buildNewsFeed(
    {
      title: `${site.organisationName.text} – ${t('section.news')}`,
      link: absoluteUrl(sectionHref('news', locale)),
      feedLinks: {
        rss: absoluteUrl(feedHref.news(locale)),
        atom: absoluteUrl(feedHref.newsAtom(locale)),
        json: absoluteUrl(feedHref.newsJson(locale)),
      },
      description: t('news.description'),
      language: locale,
      items: news.items.map(({ doc, locale: shownIn, isFallback }) => ({
        title: doc.title,
        link: absoluteUrl(hrefFor('press-releases', doc.slug ?? '', locale)),
        description: doc.summary,
        publishedDate: doc.publishedDate,
        language: isFallback ? shownIn : undefined,
      })),
    },
    format,
  )
  return new Response(body, { headers: { 'Content-Type': feedContentType[format] } })
}
