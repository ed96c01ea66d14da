import type { Metadata } from 'next'

import { JsonLd } from '@/components/common/JsonLd'
import { EventList } from '@/components/events/EventList'
import { HomeSection } from '@/components/home/HomeSection'
import { HomeIntro } from '@/components/layout/HomeIntro'
import { PageShell } from '@/components/layout/PageShell'
import { NewsList } from '@/components/news/NewsList'
import { ProgrammeList } from '@/components/programmes/ProgrammeList'
import { listEvents } from '@/lib/content/events'
import { getFrame } from '@/lib/content/frame'
import { latestNews } from '@/lib/content/pressReleases'
import { listProgrammes } from '@/lib/content/programmes'
import { getSiteFrame } from '@/lib/content/site'
import { translator } from '@/lib/i18n/server'
import { localeParam, metadataLocale } from '@/lib/site/pageParams'
import { homeHref, localeHrefs, sectionHref } from '@/lib/site/routes'
import { organizationJsonLd, pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (!locale) return {}
  const site = await getSiteFrame(locale)
  return pageMetadata(
    { locale, hrefs: localeHrefs(homeHref), title: site.organisationName.text, description: site.tagline?.text },
    site.organisationName.text,
  )
}

export default async function Home({ params }: Props) {
  const locale = localeParam((await params).locale)
  const t = translator(locale)
  const [frame, news, events, programmes] = await Promise.all([
    getFrame(locale),
    latestNews(locale, 3),
    listEvents(locale, 'upcoming', 1, 3),
    listProgrammes(locale, 6),
  ])
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
      <JsonLd data={organizationJsonLd(frame.site, locale)} />
      <HomeIntro locale={locale} site={frame.site} />
      <HomeSection
        id="home-news"
        title={t('latestNews')}
        moreHref={sectionHref('news', locale)}
        moreLabel={t('allNews')}
      >
        <NewsList items={news.items} locale={locale} headingLevel={3} />
      </HomeSection>
      <HomeSection
        id="home-events"
        title={t('upcomingEvents')}
        moreHref={sectionHref('events', locale)}
        moreLabel={t('allEvents')}
      >
        <EventList items={events.items} locale={locale} headingLevel={3} />
      </HomeSection>
      <HomeSection
        id="home-programmes"
        title={t('programmes')}
        moreHref={sectionHref('programmes', locale)}
        moreLabel={t('allProgrammes')}
      >
        <ProgrammeList items={programmes.items} locale={locale} headingLevel={3} />
      </HomeSection>
    </PageShell>
  )
}
