/**
 * The one place that knows the site's addresses: every link, canonical URL, alternate, feed and
 * sitemap entry is built here from a collection, a slug and a locale.
 */
import { sectionOf, type DocumentSection, type RoutedCollection } from '../../collections/registry'
import { defaultLocale, localeCodes, type LocaleCode } from '../i18n/locales'
import { isValidSlug } from '../text/slugify'

export type { RoutedCollection }
/** A section of the site: one per collection with pages under it (collections/registry.ts), and search. */
export type Section = DocumentSection | 'search'

/** Is `value` shaped like one of our slugs? Traversal, huge or odd segments are a 404 before any query. */
export function isSlugLike(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && isValidSlug(value)
}

export function homeHref(locale: LocaleCode): string {
  return `/${locale}`
}

/** The localized 404 drawn on the server (proxy.ts rewrites unknown addresses there with status 404). */
export function notFoundHref(locale: LocaleCode): string {
  return `/${locale}/_404`
}

export function sectionHref(section: Section, locale: LocaleCode): string {
  return `/${locale}/${section}`
}

/** The page of one document: `/{locale}/news/{slug}`, or for pages their nested path (`/{locale}/who-we-are/structure`). */
export function hrefFor(collection: RoutedCollection, slugOrPath: string, locale: LocaleCode): string {
  if (collection === 'pages') return `/${locale}/${slugOrPath.replace(/^\/+/, '')}`
  return `/${locale}/${sectionOf[collection]}/${slugOrPath}`
}

/** A country's offices: `/{locale}/offices/country/sn` (the code in small letters, as the news list writes it). */
export function officesCountryHref(locale: LocaleCode, code: string): string {
  return `${sectionHref('offices', locale)}/country/${code.toLowerCase()}`
}

export const feedHref = {
  news: (locale: LocaleCode) => `/${locale}/news/rss.xml`,
  newsAtom: (locale: LocaleCode) => `/${locale}/news/atom.xml`,
  newsJson: (locale: LocaleCode) => `/${locale}/news/feed.json`,
  eventsCalendar: (locale: LocaleCode) => `/${locale}/events/calendar.ics`,
  event: (slug: string, locale: LocaleCode) => `${hrefFor('events', slug, locale)}/ics`,
}

/** A file of the sitemap, listed by /sitemap.xml (lib/content/sitemap.ts names them). */
export const sitemapHref = (name: string) => `/sitemaps/${name}`

/**
 * Named through a constant so that the server reads it when it runs: Next inlines
 * `process.env.NEXT_PUBLIC_…` written out in full at build time, and a build (the Docker image's)
 * does not know the address it will be deployed at. `npm start` refuses to start without it.
 */
const PUBLIC_ADDRESS_VARIABLE = 'NEXT_PUBLIC_SERVER_URL'

/** The site's public origin (no trailing slash), for canonical links, feeds and the sitemap. */
export function siteOrigin(): string {
  return (process.env[PUBLIC_ADDRESS_VARIABLE] || 'http://localhost:3000').replace(/\/+$/, '')
}

export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path.startsWith('/') ? path : `/${path}`}`
}

/** The address `x-default` points to: the same document in the default locale. */
export const xDefaultLocale = defaultLocale

/** `href` with query parameters (empty values left out), for paginated and filtered lists. */
export function withQuery(href: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  const search = params.toString()
  return search ? `${href}?${search}` : href
}

/** The same page in every locale, e.g. `localeHrefs((l) => sectionHref('news', l))`. */
export function localeHrefs(build: (locale: LocaleCode) => string): Record<LocaleCode, string> {
  return Object.fromEntries(localeCodes.map((l) => [l, build(l)])) as Record<LocaleCode, string>
}

/** The page of one document in every locale, from the slug (or path) it has in each (see alternatesOf). */
export function documentHrefs(
  collection: RoutedCollection,
  keys: Record<LocaleCode, string>,
): Record<LocaleCode, string> {
  return localeHrefs((l) => hrefFor(collection, keys[l], l))
}

export type QueryParams = Record<string, string | string[] | undefined>

/** A whole number 1…max from a query parameter (`?page=2`); anything else is undefined, never an error. */
export function intParam(value: string | string[] | undefined, max = 10_000): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value)) return undefined
  const n = Number(value)
  return n >= 1 && n <= max ? n : undefined
}
