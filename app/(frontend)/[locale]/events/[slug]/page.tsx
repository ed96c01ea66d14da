import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { JsonLd } from '@/components/common/JsonLd'
import { EventArticle } from '@/components/events/EventArticle'
import { PageShell } from '@/components/layout/PageShell'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { getEvent } from '@/lib/content/events'
import { getFrame } from '@/lib/content/frame'
import { getSiteFrame } from '@/lib/content/site'
import { loadDocument, loadDocumentForMetadata } from '@/lib/site/pageParams'
import { documentHrefs, hrefFor } from '@/lib/site/routes'
import { eventJsonLd, pageMetadata } from '@/lib/site/seo'
import { isoInZone } from '@/lib/time/zones'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDocumentForMetadata(params, getEvent)
  if (!loaded) return renderedNotFoundMetadata(params)
  const { locale, found } = loaded
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: documentHrefs('events', found.alternates),
      translated: found.translated,
      title: doc.meta?.title || doc.title,
      description: doc.meta?.description || doc.summary,
    },
    site.organisationName.text,
  )
}

export default withServerRendered404(async function EventPage({ params }: Props) {
  const { locale, found, related } = await loadDocument(params, getEvent, 'events')
  const frame = await getFrame(locale)
  const { doc } = found.result
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={documentHrefs('events', found.alternates)}
      current="events"
      document={{ collection: 'events', id: found.result.doc.id }}
    >
      {frame.previewing && <RefreshOnSave />}
      <JsonLd
        data={eventJsonLd(
          {
            title: doc.title,
            description: doc.summary,
            url: hrefFor('events', found.alternates[locale], locale),
            // Local times with their offsets, as search engines ask for events.
            startsAt: isoInZone(new Date(doc.startsAt), doc.timeZone),
            endsAt: isoInZone(new Date(doc.endsAt), doc.timeZone),
            status: doc.status,
            venue: doc.venue,
            onlineLink: doc.onlineLink,
            inLanguage: found.result.locale,
          },
          frame.site,
        )}
      />
      <EventArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
})
