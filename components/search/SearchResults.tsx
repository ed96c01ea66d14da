import { DocumentCard } from '@/components/common/DocumentCard'
import type { SearchHit } from '@/lib/search/search'
import { formatDate } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor } from '@/lib/site/routes'
import { Highlight } from './Highlight'

/** Search results: the kind of document, its title and an excerpt with the index's matches marked. */
export function SearchResults({ hits, locale }: { hits: SearchHit[]; locale: LocaleCode }) {
  const t = translator(locale)
  return (
    <ol className="cards results">
      {hits.map((hit) => (
        <DocumentCard
          key={`${hit.collection}-${hit.id}`}
          locale={locale}
          shownIn={hit.locale}
          isFallback={hit.isFallback}
          href={hrefFor(hit.collection, hit.slug, locale)}
          title={<Highlight text={hit.title} marks={hit.titleMarks} />}
          meta={
            <>
              <span>{t(`search.kind.${hit.collection}`)}</span>
              {hit.date ? <time dateTime={hit.date}>{formatDate(hit.date, locale, hit.timeZone)}</time> : null}
            </>
          }
        >
          {hit.text ? (
            <p>
              <Highlight text={hit.text} marks={hit.textMarks} />
            </p>
          ) : null}
        </DocumentCard>
      ))}
    </ol>
  )
}
