import type { Metadata } from 'next'

import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { OfficeDirectory } from '@/components/offices/OfficeDirectory'
import { getFrame } from '@/lib/content/frame'
import { officeDirectory } from '@/lib/content/offices'
import { translator } from '@/lib/i18n/server'
import { localeParam, sectionMetadata } from '@/lib/site/pageParams'
import { localeHrefs, sectionHref } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, 'offices')
}

export default async function OfficesPage({ params }: Props) {
  const locale = localeParam((await params).locale)
  const t = translator(locale)
  const [frame, directory] = await Promise.all([getFrame(locale), officeDirectory(locale)])
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => sectionHref('offices', l))} current="offices">
      <SectionHeader
        title={t('section.offices')}
        description={t(directory.kind === 'offices' ? 'offices.description' : 'offices.countriesDescription')}
      />
      <OfficeDirectory directory={directory} locale={locale} />
    </PageShell>
  )
}
