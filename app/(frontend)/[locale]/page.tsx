import type { Metadata } from 'next'

import { JsonLd } from '@/components/common/JsonLd'
import { EventList } from '@/components/events/EventList'
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
import { localeParam, metadataLocale } from '@/lib/pageParams'
import { homeHref, localeHrefs, sectionHref } from '@/lib/routes'
import { organizationJsonLd, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (!locale) return {}
  const site = await getSiteFrame(locale)
  return pageMetadata({ locale, hrefs: localeHrefs(homeHref), title: site.organisationName.text, description: site.tagline?.text }, site.organisationName.text)
}

export default async function Home({ params }: Props) {
  const locale = localeParam((await params).locale)
  const t = translator(locale)
  const [frame, news, events, programmes] = await Promise.all([getFrame(locale), latestNews(locale, 3), listEvents(locale, 'upcoming', 1, 3), listProgrammes(locale, 6)])
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
      <JsonLd data={organizationJsonLd(frame.site, locale)} />
      <HomeIntro locale={locale} site={frame.site} />
      <section className="home-section" aria-labelledby="home-news">
        <h2 id="home-news">{t('latestNews')}</h2>
        <NewsList items={news.items} locale={locale} headingLevel={3} />
        <p className="more">
          <a href={sectionHref('news', locale)}>{t('allNews')}</a>
        </p>
      </section>
      <section className="home-section" aria-labelledby="home-events">
        <h2 id="home-events">{t('upcomingEvents')}</h2>
        <EventList items={events.items} locale={locale} headingLevel={3} />
        <p className="more">
          <a href={sectionHref('events', locale)}>{t('allEvents')}</a>
        </p>
      </section>
      <section className="home-section" aria-labelledby="home-programmes">
        <h2 id="home-programmes">{t('programmes')}</h2>
        <ProgrammeList items={programmes.items} locale={locale} headingLevel={3} />
        <p className="more">
          <a href={sectionHref('programmes', locale)}>{t('allProgrammes')}</a>
        </p>
      </section>
    </PageShell>
  )
}
