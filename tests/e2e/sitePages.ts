/**
 * One address of every page type of the public site in a locale, found the way a visitor finds
 * them: from the links of the list pages (so the slugs are those the site itself shows there).
 */
import type { Page } from 'playwright-core'

import type { LocaleCode } from '@/lib/i18n/locales'

import { baseURL } from './browser'

export const PAGE_KINDS = [
  'home',
  'news list',
  'news detail',
  'events list',
  'event detail',
  'offices list',
  'office detail',
  'country offices',
  'programmes list',
  'programme detail',
  'nested page',
  'search',
  'not found',
] as const

export type PageKind = (typeof PAGE_KINDS)[number]

/** A word every seeded locale finds in search (documents not yet translated are searched in their source text). */
export const SEARCH_WORD = 'migration'

async function html(path: string): Promise<string> {
  const response = await fetch(`${baseURL()}${path}`)
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}

const SECTIONS = new Set(['news', 'events', 'offices', 'programmes', 'search'])

/** The first link of `page` whose address matches `pattern` (a RegExp on the whole path). */
async function firstLink(page: string, pattern: RegExp): Promise<string> {
  const hrefs = [...(await html(page)).matchAll(/href="([^"?#]+)"/g)].map((m) => m[1])
  const found = hrefs.find((href) => pattern.test(href))
  if (!found) throw new Error(`no link matching ${pattern} on ${page}`)
  return found
}

async function discover(locale: LocaleCode): Promise<Record<PageKind, string>> {
  const l = locale
  // Not a feed, and not a list's own address (`/events/past`, lib/site/listPaths.ts).
  const detail = (section: string) =>
    new RegExp(`^/${l}/${section}/(?!rss\\.xml$|calendar\\.ics$|past$|page$|year$)[a-z0-9-]+$`)
  const [newsDetail, eventDetail, officeDetail, countryOffices, programmeDetail, nested] = await Promise.all([
    firstLink(`/${l}/news`, detail('news')),
    // The seeded events are in the past.
    firstLink(`/${l}/events/past`, detail('events')),
    firstLink(`/${l}/offices`, detail('offices')),
    firstLink(`/${l}/offices`, new RegExp(`^/${l}/offices/country/[a-z]{2}$`)),
    firstLink(`/${l}/programmes`, detail('programmes')),
    // A page below another one, from the header menu: /{locale}/{parent}/{child}.
    firstLink(`/${l}`, new RegExp(`^/${l}/(?!(?:${[...SECTIONS].join('|')})/)[a-z0-9-]+/[a-z0-9-]+$`)),
  ])
  return {
    home: `/${l}`,
    'news list': `/${l}/news`,
    'news detail': newsDetail,
    'events list': `/${l}/events`,
    'event detail': eventDetail,
    'offices list': `/${l}/offices`,
    'office detail': officeDetail,
    'country offices': countryOffices,
    'programmes list': `/${l}/programmes`,
    'programme detail': programmeDetail,
    'nested page': nested,
    search: `/${l}/search?q=${SEARCH_WORD}`,
    'not found': `/${l}/this-page-does-not-exist`,
  }
}

const cache = new Map<LocaleCode, Promise<Record<PageKind, string>>>()

/** The address of one page of each type in `locale` (looked up once per test file). */
export function sitePages(locale: LocaleCode): Promise<Record<PageKind, string>> {
  let pages = cache.get(locale)
  if (!pages) {
    pages = discover(locale)
    cache.set(locale, pages)
  }
  return pages
}

export async function pathOf(locale: LocaleCode, kind: PageKind): Promise<string> {
  return (await sitePages(locale))[kind]
}

/**
 * Opens a site page and waits until its main heading is drawn: the localized 404 is drawn by
 * script (see notFound.test.ts), every other page is in the server's HTML.
 */
export async function visit(page: Page, path: string): Promise<number | undefined> {
  const response = await page.goto(`${baseURL()}${path}`)
  await page.locator('main h1').first().waitFor()
  return response?.status()
}
