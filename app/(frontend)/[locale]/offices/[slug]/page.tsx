import type { Metadata } from 'next'

import { PageShell } from '@/components/layout/PageShell'
import { OfficeDetails } from '@/components/offices/OfficeDetails'
import { getFrame } from '@/lib/content/frame'
import { getOffice } from '@/lib/content/offices'
import { getSiteFrame } from '@/lib/content/site'
import { foundOr404, foundOrNull, localeParam, metadataLocale, slugParam } from '@/lib/pageParams'
import { documentHrefs, isSlugLike } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const raw = await params
  const locale = localeParam(raw.locale)
  const { lookup, related } = await getOffice(locale, slugParam(raw.slug))
  return { locale, found: foundOr404(lookup, 'offices', locale), related: related! }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  if (!locale || !isSlugLike(raw.slug)) return {}
  const { lookup, related } = await getOffice(locale, raw.slug)
  const found = foundOrNull(lookup)
  if (!found || !related) return {}
  const site = await getSiteFrame(locale)
  return pageMetadata({ locale, hrefs: documentHrefs('offices', found.alternates), title: found.result.doc.name }, site.organisationName.text)
}

export default async function OfficePage({ params }: Props) {
  const { locale, found, related } = await load(params)
  const frame = await getFrame(locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={documentHrefs('offices', found.alternates)} current="offices">
      <OfficeDetails locale={locale} view={found.result} related={related} />
    </PageShell>
  )
}
