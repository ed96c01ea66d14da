import type { Metadata } from 'next'

import { JsonLd } from '@/components/common/JsonLd'
import { PageShell } from '@/components/layout/PageShell'
import { PressReleaseArticle } from '@/components/news/PressReleaseArticle'
import { getFrame } from '@/lib/content/frame'
import { getPressRelease } from '@/lib/content/pressReleases'
import { getSiteFrame } from '@/lib/content/site'
import { foundOr404, foundOrNull, localeParam, metadataLocale, slugParam } from '@/lib/pageParams'
import { documentHrefs, hrefFor, isSlugLike } from '@/lib/routes'
import { newsArticleJsonLd, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const raw = await params
  const locale = localeParam(raw.locale)
  const { lookup, related } = await getPressRelease(locale, slugParam(raw.slug))
  const found = foundOr404(lookup, 'press-releases', locale)
  return { locale, found, related: related! }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  if (!locale || !isSlugLike(raw.slug)) return {}
  const { lookup, related } = await getPressRelease(locale, raw.slug)
  const found = foundOrNull(lookup)
  if (!found || !related) return {}
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata(
    { locale, hrefs: documentHrefs('press-releases', found.alternates), title: doc.meta?.title || doc.title, description: doc.meta?.description || doc.summary, image: related.image, type: 'article', publishedTime: doc.publishedDate, modifiedTime: doc.updatedAt },
    site.organisationName.text,
  )
}

export default async function PressReleasePage({ params }: Props) {
  const { locale, found, related } = await load(params)
  const frame = await getFrame(locale)
  const { doc } = found.result
  return (
    <PageShell locale={locale} frame={frame} hrefs={documentHrefs('press-releases', found.alternates)} current="news">
      <JsonLd
        data={newsArticleJsonLd(
          { title: doc.title, description: doc.summary, url: hrefFor('press-releases', found.alternates[locale], locale), publishedDate: doc.publishedDate, updatedAt: doc.updatedAt, inLanguage: found.result.locale, image: related.image?.url, city: doc.dateline?.city },
          frame.site,
        )}
      />
      <PressReleaseArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
}
