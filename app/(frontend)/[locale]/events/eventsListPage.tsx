/**
 * The events list, shared by its routes: `/fr/events` (upcoming), `/fr/events/past`, and their later
 * pages (`/fr/events/past/page/2`, the catch-all route): each variant is its own cached page.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/common/Pagination'
import { EventList } from '@/components/events/EventList'
import { PageShell } from '@/components/layout/PageShell'
import { renderedNotFoundMetadata } from '@/components/layout/serverRendered404'
import { SectionHeader } from '@/components/layout/SectionHeader'
import { EVENTS_PAGE_SIZE, listEvents } from '@/lib/content/events'
import { getFrame } from '@/lib/content/frame'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { eventsListHref, type EventsFilters } from '@/lib/site/listPaths'
import { metadataLocale, sectionMetadata } from '@/lib/site/pageParams'
import { feedHref, localeHrefs } from '@/lib/site/routes'

/** A page past the last is a 404. */
const shown = (filters: EventsFilters, totalPages: number): boolean =>
  filters.page === undefined || filters.page <= totalPages

const readEvents = (locale: LocaleCode, filters: EventsFilters) =>
  listEvents(locale, filters.when, filters.page ?? 1, EVENTS_PAGE_SIZE)

export async function eventsListMetadata(
  params: Promise<{ locale: string }>,
  filters: EventsFilters,
): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (locale && !shown(filters, (await readEvents(locale, filters)).totalPages)) return renderedNotFoundMetadata(params)
  return sectionMetadata(params, 'events', {
    href: (l) => eventsListHref(l, filters),
    feeds: (locale) => ({ 'text/calendar': feedHref.eventsCalendar(locale) }),
  })
}

export async function eventsListPage(locale: LocaleCode, filters: EventsFilters) {
  const { when } = filters
  const t = translator(locale)
  const [frame, events] = await Promise.all([getFrame(locale), readEvents(locale, filters)])
  if (!shown(filters, events.totalPages)) notFound()
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs((l) => eventsListHref(l, filters))} current="events">
      <SectionHeader
        title={t('section.events')}
        description={t('events.description')}
        feed={{ href: feedHref.eventsCalendar(locale), type: 'text/calendar', label: t('footer.eventsCalendar') }}
      />
      <nav className="tabs" aria-label={t('events.when')}>
        <a href={eventsListHref(locale, { when: 'upcoming' })} aria-current={when === 'upcoming' ? 'page' : undefined}>
          {t('events.upcoming')}
        </a>
        <a href={eventsListHref(locale, { when: 'past' })} aria-current={when === 'past' ? 'page' : undefined}>
          {t('events.past')}
        </a>
      </nav>
      <h2 className="visually-hidden">{when === 'past' ? t('events.past') : t('events.upcoming')}</h2>
      <EventList items={events.items} locale={locale} headingLevel={3} />
      <Pagination
        locale={locale}
        page={events.page}
        totalPages={events.totalPages}
        hrefOf={(page) => eventsListHref(locale, { when, page })}
      />
    </PageShell>
  )
}
