import { DocumentCard } from '@/components/common/DocumentCard'
import { CardThumbnail } from '@/components/common/CardThumbnail'
import type { Thumbnail } from '@/lib/content/media'
import type { latestNews } from '@/lib/content/pressReleases'
import { formatDate } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { hrefFor } from '@/lib/site/routes'

/** A release in a list; the news list's (listNews) carry their picture's thumbnail, the home page's do not. */
export type NewsItem = Awaited<ReturnType<typeof latestNews>>['items'][number] & { thumbnail?: Thumbnail }

/**
 * Press releases as a list of cards: date, title (linked), dateline and summary, and the release's
 * picture, small, when it has one; untranslated ones in their own language, tagged.
 */
export function NewsList({
  items,
  locale,
  headingLevel = 2,
}: {
  items: NewsItem[]
  locale: LocaleCode
  headingLevel?: 2 | 3
}) {
  return (
    <ul className="cards">
      {items.map(({ doc, locale: shownIn, isFallback, thumbnail }) => (
        <DocumentCard
          key={doc.id}
          className={thumbnail ? 'with-thumbnail' : undefined}
          aside={thumbnail ? <CardThumbnail thumbnail={thumbnail} /> : undefined}
          locale={locale}
          shownIn={shownIn}
          isFallback={isFallback}
          href={hrefFor('press-releases', doc.slug ?? '', locale)}
          title={doc.title}
          headingLevel={headingLevel}
          meta={
            <time dateTime={doc.publishedDate}>{formatDate(doc.publishedDate, locale, doc.timeZone ?? undefined)}</time>
          }
        >
          {doc.summary ? (
            <p>
              {doc.dateline?.city ? <span className="dateline">{doc.dateline.city} – </span> : null}
              {doc.summary}
            </p>
          ) : null}
        </DocumentCard>
      ))}
    </ul>
  )
}
