import type { Metadata } from 'next'

import { Pagination } from '@/components/common/Pagination'
import { EventList } from '@/components/events/EventList'
import { PageShell } from '@/components/layout/PageShell'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { EVENTS_PAGE_SIZE, listEvents, type EventsWhen } from '@/lib/content/events'
import { getFrame } from '@/lib/content/frame'
import { translator } from '@/lib/i18n/server'
import { localeParam, sectionMetadata } from '@/lib/site/pageParams'
import { feedHref, intParam, localeHrefs, sectionHref, withQuery, type QueryParams } from '@/lib/site/routes'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryParams> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, 'events', {
    feeds: (locale) => ({ 'text/calendar': feedHref.eventsCalendar(locale) }),
  })
}

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale)
  const query = await searchParams
  const when: EventsWhen = query.when === 'past' ? 'past' : 'upcoming'
  const page = intParam(query.page) ?? 1
  const t = translator(locale)
  const [frame, events] = await Promise.all([getFrame(locale), listEvents(locale, when, page, EVENTS_PAGE_SIZE)])
  const href = sectionHref('events', locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => sectionHref('events', l))} current="events">
      <SectionHeader
        title={t('section.events')}
        description={t('events.description')}
        feed={{ href: feedHref.eventsCalendar(locale), type: 'text/calendar', label: t('footer.eventsCalendar') }}
      />
      <nav className="tabs" aria-label={t('events.when')}>
        <a href={href} aria-current={when === 'upcoming' ? 'page' : undefined}>
          {t('events.upcoming')}
        </a>
        <a href={withQuery(href, { when: 'past' })} aria-current={when === 'past' ? 'page' : undefined}>
          {t('events.past')}
        </a>
      </nav>
      <h2 className="visually-hidden">{when === 'past' ? t('events.past') : t('events.upcoming')}</h2>
      <EventList items={events.items} locale={locale} headingLevel={3} />
      <Pagination
        locale={locale}
        href={href}
        page={events.page}
        totalPages={events.totalPages}
        query={{ when: when === 'past' ? 'past' : undefined }}
      />
    </PageShell>
  )
}
