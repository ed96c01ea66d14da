import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { JsonLd } from '@/components/common/JsonLd'
import { PageShell } from '@/components/layout/PageShell'
import { PressReleaseArticle } from '@/components/news/PressReleaseArticle'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { getFrame } from '@/lib/content/frame'
import { getPressRelease } from '@/lib/content/pressReleases'
import { getSiteFrame } from '@/lib/content/site'
import { loadDocument, loadDocumentForMetadata } from '@/lib/site/pageParams'
import { documentHrefs, hrefFor } from '@/lib/site/routes'
import { newsArticleJsonLd, pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDocumentForMetadata(params, getPressRelease)
  if (!loaded) return renderedNotFoundMetadata(params)
  const { locale, found, related } = loaded
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: documentHrefs('press-releases', found.alternates),
      translated: found.translated,
      title: doc.meta?.title || doc.title,
      description: doc.meta?.description || doc.summary,
      image: related.image,
      type: 'article',
      publishedTime: doc.publishedDate,
      modifiedTime: doc.updatedAt,
    },
    site.organisationName.text,
  )
}

export default withServerRendered404(async function PressReleasePage({ params }: Props) {
  const { locale, found, related } = await loadDocument(params, getPressRelease, 'press-releases')
  const frame = await getFrame(locale)
  const { doc } = found.result
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={documentHrefs('press-releases', found.alternates)}
      current="news"
      document={{ collection: 'press-releases', id: found.result.doc.id }}
    >
      {frame.previewing && <RefreshOnSave />}
      <JsonLd
        data={newsArticleJsonLd(
          {
            title: doc.title,
            description: doc.summary,
            url: hrefFor('press-releases', found.alternates[locale], locale),
            publishedDate: doc.publishedDate,
            updatedAt: doc.updatedAt,
            inLanguage: found.result.locale,
            image: related.image?.url,
            city: doc.dateline?.city,
          },
          frame.site,
        )}
      />
      <PressReleaseArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
})
