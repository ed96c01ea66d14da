import { type NextRequest, NextResponse } from 'next/server'

import { isLocale, type LocaleCode } from './lib/i18n/locales'
import { negotiateLocale } from './lib/i18n/negotiate'
import { BAD_ADDRESS_TEXT, undecodablePath } from './lib/site/badAddress'
import { LIST_QUERY_KEYS, listHrefFromQuery } from './lib/site/listPaths'
import { notFoundHref } from './lib/site/routes'

/**
 * Runs only for the addresses that need it (see `config.matcher`): its run costs a cached page more
 * than the rest of its answer (measured on a production build: 0.4–0.5 ms of server CPU per cached
 * press release, of 1.1 ms). No page of the site meets it: each draws its own 404 on the server
 * (components/layout/serverRendered404.tsx).
 *
 * - An address whose first segment is not one of our locales (`/xx/…`, `/news`) gets the localized
 *   404 in the visitor's best language, rendered on the server: it is rewritten with status 404 to
 *   the `/{locale}/_404` page.
 * - A list's former query-string address (`/fr/news?year=2024&page=2`, and the news filter form's
 *   GET) answers a permanent redirect to its path (lib/site/listPaths.ts), whose page is cached.
 * - An address Next cannot decode, or with control characters (`/fr/news/%ff`, `/api/%c0`), answers 400
 *   (lib/site/badAddress.ts): Next's router answered 500 for it. The API's addresses and the site's
 *   with an escaped character meet the proxy for this alone.
 *
 * A server that cannot use its database answers 503 before any of this (lib/database/serverReadiness.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  if (undecodablePath(pathname))
    return new NextResponse(`${BAD_ADDRESS_TEXT}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const [, first = '', section] = pathname.split('/')
  if (first === 'api') return NextResponse.next()
  if (!isLocale(first)) {
    const response = notFoundIn(negotiateLocale(request.headers.get('accept-language')), request)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  if (section === 'news' || section === 'events') {
    const redirect = listRedirect(request, first, section)
    if (redirect) return redirect
  }
  return NextResponse.next()
}

/** Other query parameters than the list's (campaign tags…) are kept. */
function listRedirect(request: NextRequest, locale: LocaleCode, list: 'news' | 'events'): NextResponse | undefined {
  const query = request.nextUrl.searchParams
  const keys: readonly string[] = LIST_QUERY_KEYS[list]
  if (!keys.some((key) => query.has(key))) return undefined
  const target = new URL(listHrefFromQuery(locale, list, query), request.url)
  for (const [key, value] of query) if (!keys.includes(key)) target.searchParams.append(key, value)
  return NextResponse.redirect(target, 308)
}

function notFoundIn(locale: LocaleCode, request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL(notFoundHref(locale), request.url), { status: 404 })
}

// Literal, as Next requires: the locales are lib/i18n/locales.ts's and the list parameters
// LIST_QUERY_KEYS (tests/unit/listPaths.test.ts checks both against the modules).
export const config = {
  matcher: [
    // Not a locale, not Next's files, the admin, the API, the preview routes or the root files.
    '/((?!(?:en|fr|es|ar)(?:/|$)|_next/|admin(?:/|$)|api/|preview(?:/|$)|sitemap\\.xml$|sitemaps/|robots\\.txt$|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$|manifest\\.webmanifest$).+)',
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'year' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'country' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'office' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'programme' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'theme' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(en|fr|es|ar)/events', has: [{ type: 'query', key: 'when' }] },
    { source: '/:locale(en|fr|es|ar)/events', has: [{ type: 'query', key: 'page' }] },
    // The API, for the undecodable addresses alone.
    '/api/:path*',
    // An address under a locale with an escaped character, for the undecodable ones alone: every page
    // draws its own 404 (components/layout/serverRendered404.tsx).
    '/(en|fr|es|ar)/(.*%.*)',
  ],
}
