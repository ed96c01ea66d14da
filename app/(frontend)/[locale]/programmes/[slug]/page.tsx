import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { PageShell } from '@/components/layout/PageShell'
import { ProgrammeArticle } from '@/components/programmes/ProgrammeArticle'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { getFrame } from '@/lib/content/frame'
import { getProgramme } from '@/lib/content/programmes'
import { getSiteFrame } from '@/lib/content/site'
import { loadDocument, loadDocumentForMetadata } from '@/lib/site/pageParams'
import { documentHrefs } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDocumentForMetadata(params, getProgramme)
  if (!loaded) return renderedNotFoundMetadata(params)
  const { locale, found, related } = loaded
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: documentHrefs('health-programmes', found.alternates),
      translated: found.translated,
      title: doc.meta?.title || doc.title,
      description: doc.meta?.description || doc.summary,
      image: related.image,
    },
    site.organisationName.text,
  )
}

export default withServerRendered404(async function ProgrammePage({ params }: Props) {
  const { locale, found, related } = await loadDocument(params, getProgramme, 'health-programmes')
  const frame = await getFrame(locale)
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={documentHrefs('health-programmes', found.alternates)}
      current="programmes"
      document={{ collection: 'health-programmes', id: found.result.doc.id }}
    >
      {frame.previewing && <RefreshOnSave />}
      <ProgrammeArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
})
