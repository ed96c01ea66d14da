import type { Metadata } from 'next'

import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { ProgrammeList } from '@/components/programmes/ProgrammeList'
import { getFrame } from '@/lib/content/frame'
import { listProgrammes } from '@/lib/content/programmes'
import { translator } from '@/lib/i18n/server'
import { localeParam, sectionMetadata } from '@/lib/site/pageParams'
import { localeHrefs, sectionHref } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }> }

const ALL_PROGRAMMES = 200

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, 'programmes')
}

export default async function ProgrammesPage({ params }: Props) {
  const locale = localeParam((await params).locale)
  const t = translator(locale)
  const [frame, programmes] = await Promise.all([getFrame(locale), listProgrammes(locale, ALL_PROGRAMMES)])
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={localeHrefs((l) => sectionHref('programmes', l))}
      current="programmes"
    >
      <SectionHeader title={t('section.programmes')} description={t('programmes.description')} />
      <ProgrammeList items={programmes.items} locale={locale} />
    </PageShell>
  )
}
