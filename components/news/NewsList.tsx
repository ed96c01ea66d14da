import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { listNews } from '@/lib/content/pressReleases'
import { formatDate } from '@/lib/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { hrefFor } from '@/lib/routes'

export type NewsItem = Awaited<ReturnType<typeof listNews>>['items'][number]

/** Press releases as a list of cards: date, title (linked), dateline and summary; untranslated ones in their own language, tagged. */
export function NewsList({ items, locale, headingLevel = 2 }: { items: NewsItem[]; locale: LocaleCode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {items.map(({ doc, locale: shownIn, isFallback }) => (
        <li key={doc.id} className="card">
          <p className="meta">
            <time dateTime={doc.publishedDate}>{formatDate(doc.publishedDate, locale)}</time>
            {isFallback ? <FallbackTag locale={locale} shownIn={shownIn} /> : null}
          </p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <Heading>
              <a href={hrefFor('press-releases', doc.slug ?? '', locale)}>{doc.title}</a>
            </Heading>
            {doc.summary ? (
              <p>
                {doc.dateline?.city ? <span className="dateline">{doc.dateline.city} – </span> : null}
                {doc.summary}
              </p>
            ) : null}
          </InLanguage>
        </li>
      ))}
    </ul>
  )
}
