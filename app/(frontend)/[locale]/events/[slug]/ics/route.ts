import { toCalendarEvent } from '@/lib/content/calendar'
import { getEvent } from '@/lib/content/events'
import { buildCalendar } from '@/lib/feeds/ical'
import { isLocale } from '@/lib/i18n/locales'
import { feedHref, isSlugLike } from '@/lib/site/routes'

/** One event as an .ics file ("Add to calendar"). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale) || !isSlugLike(slug)) return new Response('Not found', { status: 404 })
  const { lookup } = await getEvent(locale, slug)
  if (lookup.status === 'moved')
    return Response.redirect(new URL(feedHref.event(lookup.slug, locale), request.url), 308)
  if (lookup.status === 'not-found') return new Response('Not found', { status: 404 })
  const body = buildCalendar({ name: lookup.result.doc.title, events: [toCalendarEvent(lookup.result, locale)] })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.ics"`,
    },
  })
}
