/**
 * A production server started with its public address (scripts/e2e.mjs gives the suite's server the
 * address it listens on as NEXT_PUBLIC_SERVER_URL when it starts; the build had none, so its default
 * would be http://localhost:3000). Every output a visitor, a crawler or a feed reader gets names that
 * address, never the build's default. (A second server with another address cannot share the
 * build: they would share its page cache. Nor can the suite's server take a foreign address such as
 * https://www.example.org: Payload takes it as its serverURL and the admin journeys log in here.)
 */
import { describe, expect, test } from '@jest/globals'

import { localeCodes, type LocaleCode } from '@/lib/i18n/locales'

import { baseURL } from './browser'
import { PAGE_KINDS, sitePages } from './sitePages'

const publicAddress = (): string => {
  const address = process.env.E2E_PUBLIC_ADDRESS
  if (!address) throw new Error('E2E_PUBLIC_ADDRESS is not set: run the browser suites with `npm run test:e2e`.')
  return address
}

/** The build's default address, and any other local name than the one the server was given. */
const LOCAL = /localhost|0\.0\.0\.0/

async function body(path: string): Promise<string> {
  const response = await fetch(`${baseURL()}${path}`)
  // The 404 page is an output too.
  if (!response.ok && response.status !== 404) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}

/** The lines of `text` that name a local address, for a readable failure. */
const localMentions = (text: string) => text.split(/[\n>]/).filter((line) => LOCAL.test(line))

async function pagesOf(locale: LocaleCode): Promise<string[]> {
  const pages = await sitePages(locale)
  return [
    ...PAGE_KINDS.map((kind) => pages[kind]),
    `/${locale}/news/rss.xml`,
    `/${locale}/news/atom.xml`,
    `/${locale}/news/feed.json`,
    `/${locale}/events/calendar.ics`,
    `${pages['event detail']}/ics`,
  ]
}

describe.each(localeCodes)('%s', (locale) => {
  test('every page, feed and calendar names the public address and no local one', async () => {
    for (const path of await pagesOf(locale)) {
      const text = await body(path)
      expect({ path, local: localMentions(text) }).toEqual({ path, local: [] })
    }
  })

  test('canonical and alternate links are on the public address', async () => {
    const html = await body((await sitePages(locale))['news detail'])
    const links = [...html.matchAll(/<link rel="(?:canonical|alternate)"[^>]*href="([^"]+)"/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThanOrEqual(2)
    for (const link of links) expect(link.startsWith(`${publicAddress()}/`)).toBe(true)
  })
})

test('robots.txt and the sitemap name the public address', async () => {
  const robots = await body('/robots.txt')
  expect(robots).toContain(`Sitemap: ${publicAddress()}/sitemap.xml`)
  const index = await body('/sitemap.xml')
  expect(localMentions(index)).toEqual([])
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(files[0]).toBe(`${publicAddress()}/sitemaps/pages.xml`)
  for (const file of files) {
    expect(file.startsWith(`${publicAddress()}/sitemaps/`)).toBe(true)
    expect(localMentions(await body(new URL(file).pathname))).toEqual([])
  }
  expect(await body('/sitemaps/pages.xml')).toContain(`<loc>${publicAddress()}/fr</loc>`)
})

test('an event’s calendar entry is identified by the public host and links to the public address', async () => {
  const calendar = await body(`${(await sitePages('fr'))['event detail']}/ics`)
  const host = new URL(publicAddress()).host
  expect(calendar).toMatch(new RegExp(`UID:event-\\d+@${host.replace(/\./g, '\\.')}`))
  expect(calendar).toContain(`URL:${publicAddress()}/fr/events/`)
})
