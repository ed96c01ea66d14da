import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { PageShell } from '@/components/layout/PageShell'
import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { OfficeList } from '@/components/offices/OfficeDirectory'
import { getFrame } from '@/lib/content/frame'
import { countryHasNews, officesInCountry } from '@/lib/content/offices'
import { getSiteFrame } from '@/lib/content/site'
import { localeDefinition, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { countryName } from '@/lib/reference/countries'
import { countryValue, newsListHref } from '@/lib/site/listPaths'
import { localeParam, metadataLocale } from '@/lib/site/pageParams'
import { localeHrefs, officesCountryHref, sectionHref } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string; code: string }> }

/** None at build: each country's page is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

/** The country of the address (in capitals), or undefined for an unknown code. */
function countryOf(code: string): string | undefined {
  return countryValue(decodeURIComponent(code))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, code } = await params
  const locale = metadataLocale(raw)
  const country = countryOf(code)
  if (!locale || !country || (await officesInCountry(locale, country)).length === 0)
    return renderedNotFoundMetadata(params)
  const t = translator(locale)
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: localeHrefs((l) => officesCountryHref(l, country)),
      title: `${countryName(country, localeDefinition(locale).intl)} — ${t('section.offices')}`,
      description: t('offices.countryDescription'),
    },
    site.organisationName.text,
  )
}

/** A country's offices; `/offices/country/SN` is sent to `/offices/country/sn`, a country without offices is a 404. */
export default withServerRendered404(async function CountryOfficesPage({ params }: Props) {
  const { locale: raw, code } = await params
  const locale: LocaleCode = localeParam(raw)
  const country = countryOf(code)
  if (!country) notFound()
  if (code !== country.toLowerCase()) permanentRedirect(officesCountryHref(locale, country))
  const [frame, offices, hasNews] = await Promise.all([
    getFrame(locale),
    officesInCountry(locale, country),
    countryHasNews(country),
  ])
  if (offices.length === 0) notFound()
  const t = translator(locale)
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={localeHrefs((l) => officesCountryHref(l, country))}
      current="offices"
    >
      <SectionHeader
        title={countryName(country, localeDefinition(locale).intl)}
        description={t('offices.countryDescription')}
      />
      <OfficeList offices={offices} locale={locale} inCountry />
      {hasNews ? (
        <p className="more">
          <a href={newsListHref(locale, { country })}>{t('offices.countryNews')}</a>
        </p>
      ) : null}
      <p className="more">
        <a href={sectionHref('offices', locale)}>{t('offices.allOffices')}</a>
      </p>
    </PageShell>
  )
})
