import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { listProgrammes } from '@/lib/content/programmes'
import type { LocaleCode } from '@/lib/i18n/locales'
import { hrefFor } from '@/lib/routes'
import { labelOf, programmeStatuses, themes } from '@/lib/taxonomy'

export type ProgrammeItem = Awaited<ReturnType<typeof listProgrammes>>['items'][number]

/** Programmes as cards: status and themes, title (linked) and summary. */
export function ProgrammeList({ items, locale, headingLevel = 2 }: { items: ProgrammeItem[]; locale: LocaleCode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {items.map(({ doc, locale: shownIn, isFallback }) => (
        <li key={doc.id} className="card">
          <p className="meta">
            <span>{labelOf(programmeStatuses, doc.status, locale)}</span>
            {(doc.themes ?? []).map((value) => (
              <span key={value} className="chip">
                {labelOf(themes, value, locale)}
              </span>
            ))}
            {isFallback ? <FallbackTag locale={locale} shownIn={shownIn} /> : null}
          </p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <Heading>
              <a href={hrefFor('health-programmes', doc.slug ?? '', locale)}>{doc.title}</a>
            </Heading>
            {doc.summary ? <p>{doc.summary}</p> : null}
          </InLanguage>
        </li>
      ))}
    </ul>
  )
}
