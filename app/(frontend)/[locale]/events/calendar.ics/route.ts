import { calendarEvents } from '@/lib/content/events'
import { toCalendarEvent } from '@/lib/content/calendar'
import { getSiteFrame } from '@/lib/content/site'
import { buildCalendar } from '@/lib/feeds/ical'
import { translator } from '@/lib/i18n/server'
import { isLocale } from '@/lib/i18n/locales'

/** Every upcoming event of the organisation, to subscribe to from a calendar application. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [events, site] = await Promise.all([calendarEvents(locale), getSiteFrame(locale)])
  const name = `${site.shortName?.text ?? site.organisationName.text} – ${translator(locale)('section.events')}`
  const body = buildCalendar({ name, events: events.items.map((item) => toCalendarEvent(item, locale)) })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="events-${locale}.ics"`,
    },
  })
}
