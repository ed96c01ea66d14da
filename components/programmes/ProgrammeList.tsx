import { DocumentCard } from '@/components/common/DocumentCard'
import type { listProgrammes } from '@/lib/content/programmes'
import type { LocaleCode } from '@/lib/i18n/locales'
import { hrefFor } from '@/lib/site/routes'
import { labelOf, programmeStatuses, themes } from '@/lib/reference/taxonomy'

export type ProgrammeItem = Awaited<ReturnType<typeof listProgrammes>>['items'][number]

/** Programmes as cards: status and themes, title (linked) and summary. */
export function ProgrammeList({
  items,
  locale,
  headingLevel = 2,
}: {
  items: ProgrammeItem[]
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
          href={hrefFor('health-programmes', doc.slug ?? '', locale)}
          title={doc.title}
          headingLevel={headingLevel}
          meta={
            <>
              <span>{labelOf(programmeStatuses, doc.status, locale)}</span>
              {(doc.themes ?? []).map((value) => (
                <span key={value} className="chip">
                  {labelOf(themes, value, locale)}
                </span>
              ))}
            </>
          }
        >
          {doc.summary ? <p>{doc.summary}</p> : null}
        </DocumentCard>
      ))}
    </ul>
  )
}
