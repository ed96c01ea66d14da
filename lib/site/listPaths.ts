/**
 * The addresses of the lists' filtered and paginated pages, as path segments rather than a query
 * string, so that each variant is one page of Next's full-route cache (a page reading the query
 * string is rendered for every request):
 *
 *   /fr/news/year/2024/country/sn/office/12/programme/3/theme/hiv/page/2   (in this order, each optional)
 *   /fr/events/past/page/2                                        (upcoming by default)
 *
 * Page 1 has no `page` segment. Each list has one canonical address per variant: another order is
 * redirected to it, anything malformed is a 404 (never a 500). The former query-string addresses
 * (`/fr/news?year=2024&page=2`, `/fr/events?when=past`) are redirected here by proxy.ts.
 */
import type { EventsWhen } from '../content/events'
import type { NewsFilters } from '../content/pressReleases'
import type { LocaleCode } from '../i18n/locales'
import { countryCodes } from '../reference/countries'
import { themes, type Theme } from '../reference/taxonomy'
import { sectionHref } from './routes'

export interface EventsFilters {
  when: EventsWhen
  page?: number
}

/** The news list's filter keys, in the order of their segments. */
const NEWS_KEYS = ['year', 'country', 'office', 'programme', 'theme', 'page'] as const
type NewsKey = (typeof NEWS_KEYS)[number]

// Pages up to a million: 100,003 releases make 10,001 pages, and the last page's link must answer.
const LIMITS: Record<Exclude<NewsKey, 'theme' | 'country'>, number> = {
  year: 9999,
  office: 1e6,
  programme: 1e6,
  page: 1e6,
}

/** A whole number 1…max written plainly (no sign, no leading zero); anything else is undefined. */
export function wholeNumber(value: unknown, max: number): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,6}$/.test(value)) return undefined
  const n = Number(value)
  return n <= max ? n : undefined
}

function themeValue(value: unknown): Theme | undefined {
  return themes.find((t) => t.value === value)?.value
}

/** An ISO 3166-1 country, written in either case (`sn`, `SN`): its code in capitals, as offices store it. */
export function countryValue(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length !== 2) return undefined
  const code = value.toUpperCase()
  return countryCodes.includes(code) ? code : undefined
}

function newsValue(key: NewsKey, raw: unknown): number | string | undefined {
  if (key === 'theme') return themeValue(raw)
  if (key === 'country') return countryValue(raw)
  return wholeNumber(raw, LIMITS[key])
}

/** A filter's value as its address writes it: a country in small letters (`/country/sn`). */
const newsSegment = (key: NewsKey, value: number | string) => (key === 'country' ? String(value).toLowerCase() : value)

const pageSuffix = (page: number | undefined) => (page && page > 1 ? `/page/${page}` : '')

/** The canonical address of a news list variant. */
export function newsListHref(locale: LocaleCode, filters: NewsFilters = {}): string {
  let href = sectionHref('news', locale)
  for (const key of NEWS_KEYS) {
    if (key === 'page') continue
    const value = filters[key]
    if (value !== undefined) href += `/${key}/${newsSegment(key, value)}`
  }
  return href + pageSuffix(filters.page)
}

/** The canonical address of an events list variant. */
export function eventsListHref(locale: LocaleCode, filters: EventsFilters): string {
  return `${sectionHref('events', locale)}${filters.when === 'past' ? '/past' : ''}${pageSuffix(filters.page)}`
}

export type ParsedPath<F> = { filters: F } | { redirect: string } | null

/**
 * The news filters of the segments after `/news/` (`['year', '2024', 'page', '2']`): the filters,
 * or the canonical address when they are written another way (another order, `page/1`, `country/SN`),
 * or null for a 404 (an unknown key, a key twice, a malformed value).
 */
export function parseNewsSegments(locale: LocaleCode, segments: readonly string[]): ParsedPath<NewsFilters> {
  if (segments.length === 0 || segments.length % 2 !== 0) return null
  const filters: Record<string, number | string> = {}
  for (let i = 0; i < segments.length; i += 2) {
    const key = NEWS_KEYS.find((k) => k === segments[i])
    if (!key || key in filters) return null
    const value = newsValue(key, segments[i + 1])
    if (value === undefined) return null
    filters[key] = value
  }
  const parsed = filters as NewsFilters
  const canonical = newsListHref(locale, parsed)
  const asWritten = `${sectionHref('news', locale)}/${segments.join('/')}`
  return asWritten === canonical ? { filters: parsed } : { redirect: canonical }
}

/**
 * The events filters of the segments after `/events/` that the catch-all route receives:
 * `['page', '2']` or `['past', 'page', '2']` (`/events/past` alone has its own route). Null for a 404,
 * the canonical address for `page/1`.
 */
export function parseEventsSegments(locale: LocaleCode, segments: readonly string[]): ParsedPath<EventsFilters> {
  const past = segments[0] === 'past'
  const rest = past ? segments.slice(1) : segments
  if (rest.length !== 2 || rest[0] !== 'page') return null
  const page = wholeNumber(rest[1], LIMITS.page)
  if (page === undefined) return null
  const filters: EventsFilters = { when: past ? 'past' : 'upcoming', page }
  return page === 1 ? { redirect: eventsListHref(locale, filters) } : { filters }
}

type Query = { get(name: string): string | null }

/**
 * The canonical address of a former query-string list address (`/fr/news?year=2024&page=2` →
 * `/fr/news/year/2024/page/2`), as before ignoring what is malformed or empty (the news filter form
 * sends every field, empty ones too). Only the list's own parameters are read.
 */
export function listHrefFromQuery(locale: LocaleCode, list: 'news' | 'events', query: Query): string {
  if (list === 'events')
    return eventsListHref(locale, {
      when: query.get('when') === 'past' ? 'past' : 'upcoming',
      page: wholeNumber(query.get('page'), LIMITS.page),
    })
  const filters: Record<string, number | string> = {}
  for (const key of NEWS_KEYS) {
    const value = newsValue(key, query.get(key))
    if (value !== undefined) filters[key] = value
  }
  return newsListHref(locale, filters as NewsFilters)
}

/** The query parameters of the former list addresses (the proxy runs only for addresses with one of them). */
export const LIST_QUERY_KEYS = { news: NEWS_KEYS, events: ['when', 'page'] } as const
