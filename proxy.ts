import { type NextRequest, NextResponse } from 'next/server'

import { isLocale, type LocaleCode } from './lib/i18n/locales'
import { negotiateLocale } from './lib/i18n/negotiate'
import { LIST_QUERY_KEYS, listHrefFromQuery } from './lib/site/listPaths'

/**
 * Runs only for the addresses that need it (see `config.matcher`), never for a site page: the
 * proxy's run costs a cached page more than the rest of its answer (measured on a production
 * build: 2.1 ms of server CPU per cached press release with the proxy on every address, 1.3 ms
 * without, against 0.9 ms for Next's own 404).
 *
 * - An address whose first segment is not one of our locales (`/xx/…`, `/news`) gets the localized
 *   404 in the visitor's best language: it is rewritten to a path the `[locale]` routes reject at
 *   once. (The locale layout cannot answer for an unknown locale itself: there is no not-found page
 *   above a per-locale root layout.)
 * - A list's former query-string address (`/fr/news?year=2024&page=2`, and the news filter form's
 *   GET) answers a permanent redirect to its path (lib/site/listPaths.ts), whose page is cached.
 *
 * A server that cannot use its database answers 503 before any of this (lib/database/serverReadiness.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const [, first = '', section] = request.nextUrl.pathname.split('/')
  if (isLocale(first))
    return section === 'news' || section === 'events' ? listRedirect(request, first, section) : NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.rewrite(new URL(`/${locale}/_not-found`, request.url))
  response.headers.set('Vary', 'Accept-Language')
  return response
}

/** Other query parameters than the list's (campaign tags…) are kept. */
function listRedirect(request: NextRequest, locale: LocaleCode, list: 'news' | 'events'): NextResponse {
  const query = request.nextUrl.searchParams
  const keys: readonly string[] = LIST_QUERY_KEYS[list]
  if (!keys.some((key) => query.has(key))) return NextResponse.next()
  const target = new URL(listHrefFromQuery(locale, list, query), request.url)
  for (const [key, value] of query) if (!keys.includes(key)) target.searchParams.append(key, value)
  return NextResponse.redirect(target, 308)
}

// Literal, as Next requires: the locales are lib/i18n/locales.ts's and the list parameters
// LIST_QUERY_KEYS (tests/unit/proxyMatcher.test.ts checks both).
export const config = {
  matcher: [
    // Not a locale, not Next's files, the admin, the API, the preview routes or the root files.
    '/((?!(?:en|fr|es|ar)(?:/|$)|_next/|admin(?:/|$)|api/|preview(?:/|$)|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$).+)',
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'year' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'office' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'programme' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'theme' }] },
    { source: '/:locale(en|fr|es|ar)/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(en|fr|es|ar)/events', has: [{ type: 'query', key: 'when' }] },
    { source: '/:locale(en|fr|es|ar)/events', has: [{ type: 'query', key: 'page' }] },
  ],
}
