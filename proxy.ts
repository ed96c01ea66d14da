import { type NextRequest, NextResponse } from 'next/server'

import { serverNotReadyReason, UNAVAILABLE_TEXT } from './lib/database/serverReadiness'
import { isLocale, type LocaleCode } from './lib/i18n/locales'
import { negotiateLocale } from './lib/i18n/negotiate'
import { addressLookup } from './lib/site/addressLookupRegistry'
import { notFoundHref } from './lib/site/routes'

/** Next's draft mode cookie (staff previewing drafts: the page decides, with their drafts). */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * Site pages only: not the home redirect, Payload's admin and API, the admin's preview entry and exit
 * (/preview, /preview/exit, but not /previewx), Next's assets or the root files (sitemap, robots, the icons
 * and the web manifest).
 */
const SITE_PAGE =
  /^\/(?!admin|api|preview(?:\/|$)|_next|sitemap\.xml|robots\.txt|favicon\.ico|(?:icon\.svg|apple-icon\.png|manifest\.webmanifest)$).+/

/**
 * While the server cannot use its database (instrumentation.ts decided so at start), every address
 * answers 503 at once, instead of each page, admin view and API call failing or waiting on its own.
 *
 * An address whose first segment is not one of our locales (`/xx/…`, `/news`) gets the localized 404
 * in the visitor's best language, rendered on the server: it is rewritten with status 404 to the
 * `/{locale}/_404` page, an ordinary page (a `notFound()` would give Next's bare error document,
 * vercel/next.js#62228). Asked for directly, `/{locale}/_404` answers the same way.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (serverNotReadyReason())
    return new NextResponse(`${UNAVAILABLE_TEXT}\n`, {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
    })
  const { pathname } = request.nextUrl
  if (!SITE_PAGE.test(pathname)) return NextResponse.next()
  const [, first = '', second] = pathname.split('/')
  if (!isLocale(first)) {
    const response = notFoundIn(negotiateLocale(request.headers.get('accept-language')), request)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  if (`/${first}/${second}` === notFoundHref(first)) return notFoundIn(first, request)
  if (await isUnknownAddress(first, pathname, request)) return notFoundIn(first, request)
  return NextResponse.next()
}

/**
 * An address the site has nothing at, found by the reads its page would make (lib/site/addressLookup.ts).
 * Staff previewing drafts (draft mode) and anything that fails are left to the page to decide.
 */
async function isUnknownAddress(locale: LocaleCode, pathname: string, request: NextRequest): Promise<boolean> {
  const lookup = addressLookup()
  if (!lookup || !['GET', 'HEAD'].includes(request.method) || request.cookies.has(DRAFT_MODE_COOKIE)) return false
  try {
    return (await lookup(locale, pathname.split('/').slice(2).filter(Boolean))) === 'not-found'
  } catch {
    return false
  }
}

function notFoundIn(locale: LocaleCode, request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL(notFoundHref(locale), request.url), { status: 404 })
}

export const config = {
  // Every address but Next's built assets: the 503 above covers the admin and the API too.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
