import { type NextRequest, NextResponse } from 'next/server'

import { serverNotReadyReason, UNAVAILABLE_TEXT } from './lib/database/serverReadiness'
import { isLocale } from './lib/i18n/locales'
import { negotiateLocale } from './lib/i18n/negotiate'
import { BAD_ADDRESS_TEXT, undecodablePath } from './lib/site/badAddress'

/**
 * Site pages only: not the home redirect, Payload's admin and API, the admin's preview entry and exit
 * (/preview, /preview/exit, but not /previewx), Next's assets or the root files.
 */
const SITE_PAGE = /^\/(?!admin|api|preview(?:\/|$)|_next|sitemap\.xml|robots\.txt|favicon\.ico).+/

/**
 * While the server cannot use its database (instrumentation.ts decided so at start), every address
 * answers 503 at once, instead of each page, admin view and API call failing or waiting on its own.
 *
 * An address whose first segment is not one of our locales (`/xx/…`, `/news`) gets the localized 404
 * in the visitor's best language: it is rewritten to a path the `[locale]` routes reject at once.
 * (The locale layout cannot answer for an unknown locale itself: there is no not-found page above a
 * per-locale root layout.)
 */
export function proxy(request: NextRequest): NextResponse {
  if (serverNotReadyReason())
    return new NextResponse(`${UNAVAILABLE_TEXT}\n`, {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
    })
  const { pathname } = request.nextUrl
  if (undecodablePath(pathname))
    return new NextResponse(`${BAD_ADDRESS_TEXT}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  if (!SITE_PAGE.test(pathname)) return NextResponse.next()
  const first = pathname.split('/')[1] ?? ''
  if (isLocale(first)) return NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.rewrite(new URL(`/${locale}/_not-found`, request.url))
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Every address but Next's built assets: the 503 above covers the admin and the API too.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
