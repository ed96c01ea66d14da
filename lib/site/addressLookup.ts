/**
 * Does a site address lead to a page? Asked by the proxy before Next renders (proxy.ts), because a
 * 404 decided during the render (`notFound()`) is answered with Next's bare error document, the
 * localized page drawn only by script (vercel/next.js#62228); a 404 the proxy knows of is rewritten
 * to the server-rendered `_404` page. It runs the very reads the page then runs (same data cache
 * entries, so the page finds them warm), and answers 'render' whenever the page should decide itself:
 * a found or moved document (the page redirects), an address shape it does not know.
 *
 * The proxy is its own bundle, without Payload: it finds this function through
 * addressLookupRegistry.ts, registered at start by instrumentation.ts.
 */
import { getEvent } from '../content/events'
import { redirectTargetOf } from '../content/redirects'
import { getOffice } from '../content/offices'
import { getPageByPath } from '../content/pages'
import { getPressRelease } from '../content/pressReleases'
import { getProgramme } from '../content/programmes'
import type { LocaleCode } from '../i18n/locales'
import { setAddressLookup, type AddressVerdict } from './addressLookupRegistry'
import { parseEventsSegments, parseNewsSegments } from './listPaths'
import { isSlugLike } from './routes'

type Lookup = Promise<{ lookup: { status: 'found' | 'moved' | 'not-found' } }>
type DocumentReader = (locale: LocaleCode, slug: string) => Lookup

const DOCUMENT_SECTIONS: Record<string, DocumentReader> = {
  news: getPressRelease,
  events: getEvent,
  offices: getOffice,
  programmes: getProgramme,
}
/** Lists, feeds and search under a section: they always answer. */
const SECTION_FILES = new Set(['rss.xml', 'atom.xml', 'feed.json', 'calendar.ics'])

const verdict = async (read: Lookup): Promise<AddressVerdict> =>
  (await read).lookup.status === 'not-found' ? 'not-found' : 'render'

/**
 * Addresses found to lead to a page in the last second. The proxy runs outside Next's data cache
 * (no request store there: `cached` reads the database), so without this every request for a press
 * release read it and its related documents again: 10–20 ms of CPU per request, a cached detail page
 * served at 100 req/s against 1,000 for a list (npm run bench:pages). A page unpublished within that
 * second is still rendered, and its own read then answers 404; an address found missing is never
 * remembered, so a document published is reachable at once.
 */
const FOUND_FOR_MS = 1000
const MAX_REMEMBERED = 10_000
const recentlyFound = new Map<string, number>()

function rememberFound(address: string, now: number): void {
  if (recentlyFound.size >= MAX_REMEMBERED)
    for (const [known, until] of recentlyFound) if (until <= now) recentlyFound.delete(known)
  if (recentlyFound.size < MAX_REMEMBERED) recentlyFound.set(address, now + FOUND_FOR_MS)
}

/**
 * `segments`: the address's path after the locale (`['news', 'some-slug']`). An address with nothing
 * at it may still be an old or hand-made one (the redirects collection): the page then redirects.
 */
export async function lookUpAddress(locale: LocaleCode, segments: string[]): Promise<AddressVerdict> {
  const address = `/${locale}/${segments.join('/')}`
  const now = Date.now()
  if ((recentlyFound.get(address) ?? 0) > now) return 'render'
  const found = (await documentVerdict(locale, segments)) === 'render' || Boolean(await redirectTargetOf(address))
  if (found) rememberFound(address, now)
  return found ? 'render' : 'not-found'
}

async function documentVerdict(locale: LocaleCode, segments: string[]): Promise<AddressVerdict> {
  const [section, slug, ...rest] = segments
  if (section === undefined || section === 'search') return 'render'
  const readDocument = DOCUMENT_SECTIONS[section]
  // The lists' filter and page addresses (lib/site/listPaths.ts): the list page decides (a filter
  // the form does not offer is its 404); `/events/past` has its own route.
  if (slug !== undefined && section === 'events' && slug === 'past' && rest.length === 0) return 'render'
  if (slug !== undefined && section === 'news' && rest.length > 0)
    return parseNewsSegments(locale, [slug, ...rest]) ? 'render' : 'not-found'
  if (slug !== undefined && section === 'events' && (slug === 'past' || slug === 'page'))
    return parseEventsSegments(locale, [slug, ...rest]) ? 'render' : 'not-found'
  if (readDocument) {
    if (slug === undefined || SECTION_FILES.has(slug)) return rest.length === 0 ? 'render' : 'not-found'
    if (!isSlugLike(slug)) return 'not-found'
    // An event's own calendar file: /{locale}/events/{slug}/ics.
    if (rest.length > 0 && !(section === 'events' && rest.length === 1 && rest[0] === 'ics')) return 'not-found'
    return verdict(readDocument(locale, slug))
  }
  if (!segments.every(isSlugLike)) return 'not-found'
  return verdict(getPageByPath(locale, segments))
}

/** Called once the server has Payload (instrumentation.ts). */
export function registerAddressLookup(): void {
  setAddressLookup(lookUpAddress)
}
