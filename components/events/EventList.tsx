import { DocumentCard } from '@/components/common/DocumentCard'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { listEvents } from '@/lib/content/events'
import { eventDayParts } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor } from '@/lib/site/routes'
import { eventKinds, eventStatuses, labelOf } from '@/lib/reference/taxonomy'
import { EventTime } from './EventTime'

export type EventItem = Awaited<ReturnType<typeof listEvents>>['items'][number]

/** Events with a date badge, kind, status when not as planned, title, time (in the event's zone) and venue. */
export function EventList({
  items,
  locale,
  headingLevel = 2,
}: {
  items: EventItem[]
  locale: LocaleCode
  headingLevel?: 2 | 3
}) {
  const t = translator(locale)
  if (items.length === 0) return <p className="empty">{t('events.none')}</p>
  return (
    <ul className="cards events">
      {items.map(({ doc, locale: shownIn, isFallback }) => {
        const day = eventDayParts(doc.startsAt, doc.timeZone, locale)
        return (
          <DocumentCard
            key={doc.id}
            className="event-card"
            locale={locale}
            shownIn={shownIn}
            isFallback={isFallback}
            href={hrefFor('events', doc.slug ?? '', locale)}
            title={doc.title}
            headingLevel={headingLevel}
            aside={
              <p className="date-badge" aria-hidden="true">
                <span className="day">{day.day}</span>
                <span className="month">{day.month}</span>
                <span className="year">{day.year}</span>
              </p>
            }
            meta={
              <>
                <span>{labelOf(eventKinds, doc.kind, locale)}</span>
                {doc.status !== 'scheduled' ? (
                  <strong className="status">{labelOf(eventStatuses, doc.status, locale)}</strong>
                ) : null}
              </>
            }
            after={
              <>
                <p>
                  <EventTime event={doc} locale={locale} />
                </p>
                {doc.venue ? (
                  <InLanguage as="div" pageLocale={locale} shownIn={shownIn} className="venue">
                    {doc.venue}
                  </InLanguage>
                ) : null}
              </>
            }
          />
        )
      })}
    </ul>
  )
}
