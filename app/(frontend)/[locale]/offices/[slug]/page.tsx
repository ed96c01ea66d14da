import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { PageShell } from '@/components/layout/PageShell'
import { OfficeDetails } from '@/components/offices/OfficeDetails'
import { getFrame } from '@/lib/content/frame'
import { getOffice } from '@/lib/content/offices'
import { getSiteFrame } from '@/lib/content/site'
import { loadDocument, loadDocumentForMetadata } from '@/lib/site/pageParams'
import { documentHrefs } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDocumentForMetadata(params, getOffice)
  if (!loaded) return renderedNotFoundMetadata(params)
  const { locale, found } = loaded
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: documentHrefs('offices', found.alternates),
      translated: found.translated,
      title: found.result.doc.name ?? '',
    },
    site.organisationName.text,
  )
}

export default withServerRendered404(async function OfficePage({ params }: Props) {
  const { locale, found, related } = await loadDocument(params, getOffice, 'offices')
  const frame = await getFrame(locale)
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={documentHrefs('offices', found.alternates)}
      current="offices"
      document={{ collection: 'offices', id: found.result.doc.id }}
    >
      <OfficeDetails locale={locale} view={found.result} related={related} />
    </PageShell>
  )
})
