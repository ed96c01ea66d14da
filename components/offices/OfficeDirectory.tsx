import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { officesByRegion } from '@/lib/content/offices'
import { countryName } from '@/lib/reference/countries'
import { localeDefinition, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor } from '@/lib/site/routes'
import { labelOf, officeKinds, regions } from '@/lib/reference/taxonomy'

type Groups = Awaited<ReturnType<typeof officesByRegion>>

/** Offices under a heading per region: name (linked), kind, city and country. */
export function OfficeDirectory({ groups, locale }: { groups: Groups; locale: LocaleCode }) {
  const t = translator(locale)
  return (
    <>
      {groups.map((group) => (
        <section key={group.region} className="region" aria-labelledby={`region-${group.region}`}>
          <h2 id={`region-${group.region}`}>{labelOf(regions, group.region, locale)}</h2>
          <ul className="office-list">
            {group.offices.map(({ doc, locale: shownIn, isFallback }) => (
              <li key={doc.id}>
                <InLanguage as="span" pageLocale={locale} shownIn={shownIn}>
                  <a href={hrefFor('offices', doc.slug ?? '', locale)}>{doc.name}</a>
                </InLanguage>
                {isFallback ? <FallbackTag locale={locale} shownIn={shownIn} /> : null}
                <span className="meta">
                  {labelOf(officeKinds, doc.kind, locale)} ·{' '}
                  <InLanguage as="span" pageLocale={locale} shownIn={shownIn}>
                    {doc.city}
                  </InLanguage>
                  {t('listSeparator')}
                  {countryName(doc.country, localeDefinition(locale).intl)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
