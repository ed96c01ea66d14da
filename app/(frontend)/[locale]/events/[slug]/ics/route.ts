import { toCalendarEvent } from '@/lib/content/calendar'
import { getEvent } from '@/lib/content/events'
import { buildCalendar } from '@/lib/feeds/ical'
import { isLocale, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { absoluteUrl, feedHref, homeHref, isSlugLike } from '@/lib/site/routes'

/**
 * A calendar file that is not there: 404 with a line in the address's language and the way home. A
 * file, not a page: calendar applications read it, and the site's 404 page is drawn by pages only.
 */
function notFound(locale: LocaleCode): Response {
  const t = translator(locale)
  return new Response(`${t('notFound.title')}\n\n${t('notFound.text')}\n${absoluteUrl(homeHref(locale))}\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/** One event as an .ics file ("Add to calendar"). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  if (!isSlugLike(slug)) return notFound(locale)
  const { lookup } = await getEvent(locale, slug)
  if (lookup.status === 'moved')
    return Response.redirect(new URL(feedHref.event(lookup.slug, locale), request.url), 308)
  if (lookup.status === 'not-found') return notFound(locale)
  const body = buildCalendar({ name: lookup.result.doc.title, events: [toCalendarEvent(lookup.result, locale)] })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.ics"`,
    },
  })
}
