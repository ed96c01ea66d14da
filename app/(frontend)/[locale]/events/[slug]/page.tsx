import type { Metadata } from 'next'

import { JsonLd } from '@/components/common/JsonLd'
import { EventArticle } from '@/components/events/EventArticle'
import { PageShell } from '@/components/layout/PageShell'
import { getEvent } from '@/lib/content/events'
import { getFrame } from '@/lib/content/frame'
import { getSiteFrame } from '@/lib/content/site'
import { foundOr404, foundOrNull, localeParam, metadataLocale, slugParam } from '@/lib/pageParams'
import { documentHrefs, hrefFor, isSlugLike } from '@/lib/routes'
import { eventJsonLd, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const raw = await params
  const locale = localeParam(raw.locale)
  const { lookup, related } = await getEvent(locale, slugParam(raw.slug))
  return { locale, found: foundOr404(lookup, 'events', locale), related: related! }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  if (!locale || !isSlugLike(raw.slug)) return {}
  const { lookup, related } = await getEvent(locale, raw.slug)
  const found = foundOrNull(lookup)
  if (!found || !related) return {}
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata({ locale, hrefs: documentHrefs('events', found.alternates), title: doc.meta?.title || doc.title, description: doc.meta?.description || doc.summary }, site.organisationName.text)
}

export default async function EventPage({ params }: Props) {
  const { locale, found, related } = await load(params)
  const frame = await getFrame(locale)
  const { doc } = found.result
  return (
    <PageShell locale={locale} frame={frame} hrefs={documentHrefs('events', found.alternates)} current="events">
      <JsonLd
        data={eventJsonLd(
          { title: doc.title, description: doc.summary, url: hrefFor('events', found.alternates[locale], locale), startsAt: doc.startsAt, endsAt: doc.endsAt, status: doc.status, venue: doc.venue, onlineLink: doc.onlineLink, inLanguage: found.result.locale },
          frame.site,
        )}
      />
      <EventArticle locale={locale} view={found.result} related={related} />
    </PageShell>
  )
}
