import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { OfficeDirectory as Directory, OfficeItem } from '@/lib/content/offices'
import { countryName } from '@/lib/reference/countries'
import { localeDefinition, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor, officesCountryHref } from '@/lib/site/routes'
import { labelOf, officeKinds, regions, type Region } from '@/lib/reference/taxonomy'

/**
 * Offices: name (linked), kind, city and country (linked to the country's offices); on a country's
 * own page (`inCountry`), without the country.
 */
export function OfficeList({
  offices,
  locale,
  inCountry = false,
}: {
  offices: readonly OfficeItem[]
  locale: LocaleCode
  inCountry?: boolean
}) {
  const t = translator(locale)
  return (
    <ul className="office-list">
      {offices.map(({ doc, locale: shownIn, isFallback }) => (
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
            {inCountry ? null : (
              <>
                {t('listSeparator')}
                <a href={officesCountryHref(locale, doc.country)}>
                  {countryName(doc.country, localeDefinition(locale).intl)}
                </a>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  )
}

function RegionSection({
  region,
  locale,
  children,
}: {
  region: Region
  locale: LocaleCode
  children: React.ReactNode
}) {
  return (
    <section className="region" aria-labelledby={`region-${region}`}>
      <h2 id={`region-${region}`}>{labelOf(regions, region, locale)}</h2>
      {children}
    </section>
  )
}

/** The offices under a heading per region; past the directory's size, the countries with offices, each linked. */
export function OfficeDirectory({ directory, locale }: { directory: Directory; locale: LocaleCode }) {
  if (directory.kind === 'offices')
    return directory.groups.map((group) => (
      <RegionSection key={group.region} region={group.region} locale={locale}>
        <OfficeList offices={group.offices} locale={locale} />
      </RegionSection>
    ))
  return directory.groups.map((group) => (
    <RegionSection key={group.region} region={group.region} locale={locale}>
      <ul className="country-list">
        {group.countries.map((country) => (
          <li key={country.code}>
            <a href={officesCountryHref(locale, country.code)}>{country.label}</a>
          </li>
        ))}
      </ul>
    </RegionSection>
  ))
}
