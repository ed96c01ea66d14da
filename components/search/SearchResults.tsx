import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { SearchHit } from '@/lib/content/search'
import { formatDate } from '@/lib/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor } from '@/lib/routes'
import { Highlight } from './Highlight'

/** Search results: the kind of document, its title and an excerpt with the query marked. */
export function SearchResults({ hits, query, locale }: { hits: SearchHit[]; query: string; locale: LocaleCode }) {
  const t = translator(locale)
  return (
    <ol className="cards results">
      {hits.map((hit) => (
        <li key={`${hit.collection}-${hit.id}`} className="card">
          <p className="meta">
            <span>{t(`search.kind.${hit.collection}`)}</span>
            {hit.date ? <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time> : null}
            {hit.isFallback ? <FallbackTag locale={locale} shownIn={hit.locale} /> : null}
          </p>
          <InLanguage pageLocale={locale} shownIn={hit.locale}>
            <h2>
              <a href={hrefFor(hit.collection, hit.slug, locale)}>
                <Highlight text={hit.title} query={query} />
              </a>
            </h2>
            {hit.text ? (
              <p>
                <Highlight text={hit.text} query={query} />
              </p>
            ) : null}
          </InLanguage>
        </li>
      ))}
    </ol>
  )
}
