import type { Metadata } from 'next'

import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { OfficeDirectory } from '@/components/offices/OfficeDirectory'
import { getFrame } from '@/lib/content/frame'
import { officesByRegion } from '@/lib/content/offices'
import { getSiteFrame } from '@/lib/content/site'
import { translator } from '@/lib/i18n/server'
import { localeParam, metadataLocale } from '@/lib/pageParams'
import { localeHrefs, sectionHref } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (!locale) return {}
  const t = translator(locale)
  const site = await getSiteFrame(locale)
  return pageMetadata({ locale, hrefs: localeHrefs((l) => sectionHref('offices', l)), title: t('section.offices'), description: t('offices.description') }, site.organisationName.text)
}

export default async function OfficesPage({ params }: Props) {
  const locale = localeParam((await params).locale)
  const t = translator(locale)
  const [frame, groups] = await Promise.all([getFrame(locale), officesByRegion(locale)])
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => sectionHref('offices', l))} current="offices">
      <SectionHeader title={t('section.offices')} description={t('offices.description')} />
      <OfficeDirectory groups={groups} locale={locale} />
    </PageShell>
  )
}
