import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from './lib/i18n/locales'
import { negotiateLocale } from './lib/i18n/negotiate'

/**
 * An address whose first segment is not one of our locales (`/xx/…`, `/news`) gets the localized 404
 * in the visitor's best language: it is rewritten to a path the `[locale]` routes reject at once.
 * (The locale layout cannot answer for an unknown locale itself: there is no not-found page above a
 * per-locale root layout.)
 */
export function proxy(request: NextRequest): NextResponse {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  if (isLocale(first)) return NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.rewrite(new URL(`/${locale}/_not-found`, request.url))
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Site pages only: not the home redirect, Payload's admin and API, the admin's preview entry and exit
  // (/preview, /preview/exit, but not /previewx), Next's assets or the root files.
  matcher: ['/((?!admin|api|preview(?:/|$)|_next|sitemap\\.xml|robots\\.txt|favicon\\.ico).+)'],
}
