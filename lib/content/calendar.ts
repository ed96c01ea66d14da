import { plainTextFromRichText } from '../text/richText'
import type { LocaleCode } from '../i18n/locales'
import type { CalendarEvent } from '../feeds/ical'
import { absoluteUrl, hrefFor, siteOrigin } from '../site/routes'
import type { Localized } from './localized'
import type { Event } from '../../payload-types'

type CalendarSource = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'allDay'
  | 'status'
  | 'venue'
  | 'onlineLink'
  | 'updatedAt'
>

/** An event as a calendar entry, linking back to its page in the visitor's locale. */
export function toCalendarEvent(
  { doc, locale: shownIn }: Localized<CalendarSource>,
  locale: LocaleCode,
): CalendarEvent {
  const body = [doc.summary, plainTextFromRichText(doc.description), doc.onlineLink].filter(Boolean).join('\n\n')
  return {
    uid: `event-${doc.id}@${new URL(siteOrigin()).host}`,
    title: doc.title,
    description: body || null,
    location: doc.venue ?? doc.onlineLink ?? null,
    url: absoluteUrl(hrefFor('events', doc.slug ?? '', locale)),
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    allDay: doc.allDay,
    status: doc.status,
    updatedAt: doc.updatedAt,
    language: shownIn,
  }
}
