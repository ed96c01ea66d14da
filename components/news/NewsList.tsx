import { DocumentCard } from '@/components/common/DocumentCard'
import type { listNews } from '@/lib/content/pressReleases'
import { formatDate } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { hrefFor } from '@/lib/site/routes'

export type NewsItem = Awaited<ReturnType<typeof listNews>>['items'][number]

/** Press releases as a list of cards: date, title (linked), dateline and summary; untranslated ones in their own language, tagged. */
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
      {items.map(({ doc, locale: shownIn, isFallback }) => (
        <DocumentCard
          key={doc.id}
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
