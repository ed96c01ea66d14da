import type { Metadata } from 'next'

import { PageShell } from '@/components/layout/PageShell'
import { ProgrammeArticle } from '@/components/programmes/ProgrammeArticle'
import { getFrame } from '@/lib/content/frame'
import { getProgramme } from '@/lib/content/programmes'
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
  const { lookup, related } = await getProgramme(locale, slugParam(raw.slug))
  return { locale, found: foundOr404(lookup, 'health-programmes', locale), related: related! }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  if (!locale || !isSlugLike(raw.slug)) return {}
  const { lookup, related } = await getProgramme(locale, raw.slug)
  const found = foundOrNull(lookup)
  if (!found || !related) return {}
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata({ locale, hrefs: documentHrefs('health-programmes', found.alternates), title: doc.meta?.title || doc.title, description: doc.meta?.description || doc.summary, image: related.image }, site.organisationName.text)
}

export default async function ProgrammePage({ params }: Props) {
  const { locale, found, related } = await load(params)
  const frame = await getFrame(locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={documentHrefs('health-programmes', found.alternates)} current="programmes">
      <ProgrammeArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
}
