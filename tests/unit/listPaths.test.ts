import { describe, expect, test } from '@jest/globals'

import { localeCodes } from '../../lib/i18n/locales'
import {
  eventsListHref,
  LIST_QUERY_KEYS,
  listHrefFromQuery,
  newsListHref,
  parseEventsSegments,
  parseNewsSegments,
} from '../../lib/site/listPaths'
import { config } from '../../proxy'

describe('news list addresses', () => {
  test('one canonical path per variant, filters in a fixed order, no page 1', () => {
    expect(newsListHref('fr')).toBe('/fr/news')
    expect(newsListHref('fr', { page: 1 })).toBe('/fr/news')
    expect(newsListHref('ar', { page: 3, theme: 'hiv', year: 2024, office: 12, programme: 4, country: 'SN' })).toBe(
      '/ar/news/year/2024/country/sn/office/12/programme/4/theme/hiv/page/3',
    )
  })

  test('segments read back into the filters they were written from', () => {
    const filters = { year: 2024, country: 'KE', office: 12, programme: 4, theme: 'hiv', page: 3 } as const
    const segments = newsListHref('fr', filters).split('/').slice(3)
    expect(parseNewsSegments('fr', segments)).toEqual({ filters })
    expect(parseNewsSegments('fr', ['page', '2'])).toEqual({ filters: { page: 2 } })
    // The last page of 100,003 releases.
    expect(parseNewsSegments('fr', ['page', '10001'])).toEqual({ filters: { page: 10_001 } })
  })

  test('another order or page 1 is redirected to the canonical path', () => {
    expect(parseNewsSegments('fr', ['page', '2', 'year', '2024'])).toEqual({ redirect: '/fr/news/year/2024/page/2' })
    expect(parseNewsSegments('es', ['theme', 'hiv', 'office', '3'])).toEqual({
      redirect: '/es/news/office/3/theme/hiv',
    })
    expect(parseNewsSegments('fr', ['year', '2024', 'page', '1'])).toEqual({ redirect: '/fr/news/year/2024' })
    expect(parseNewsSegments('fr', ['country', 'SN'])).toEqual({ redirect: '/fr/news/country/sn' })
    expect(parseNewsSegments('fr', ['office', '3', 'country', 'sn'])).toEqual({
      redirect: '/fr/news/country/sn/office/3',
    })
  })

  test('anything malformed is a 404, not an error', () => {
    for (const bad of [
      [],
      ['page'],
      ['page', '0'],
      ['page', '02'],
      ['page', '-1'],
      ['page', '1e3'],
      ['page', '99999999'],
      ['year', '2024', 'year', '2023'],
      ['colour', 'red'],
      ['theme', 'not-a-theme'],
      ['country', 'zz'],
      ['country', 'sen'],
      ['country', 's'],
      ['constructor', '1'],
      ['__proto__', '1'],
    ])
      expect(parseNewsSegments('fr', bad)).toBeNull()
  })
})

describe('events list addresses', () => {
  test('upcoming by default, past, and their later pages', () => {
    expect(eventsListHref('fr', { when: 'upcoming' })).toBe('/fr/events')
    expect(eventsListHref('fr', { when: 'past', page: 1 })).toBe('/fr/events/past')
    expect(eventsListHref('en', { when: 'past', page: 2 })).toBe('/en/events/past/page/2')
    expect(parseEventsSegments('fr', ['page', '2'])).toEqual({ filters: { when: 'upcoming', page: 2 } })
    expect(parseEventsSegments('fr', ['past', 'page', '3'])).toEqual({ filters: { when: 'past', page: 3 } })
    expect(parseEventsSegments('fr', ['past', 'page', '1'])).toEqual({ redirect: '/fr/events/past' })
    for (const bad of [['past'], ['page'], ['page', 'x'], ['future', 'page', '2'], ['past', 'page', '2', 'x']])
      expect(parseEventsSegments('fr', bad)).toBeNull()
  })
})

describe('former query-string addresses', () => {
  const query = (search: string) => new URLSearchParams(search)

  test('lead to the canonical path, ignoring what is malformed or empty, as they did', () => {
    expect(listHrefFromQuery('fr', 'news', query('page=2&year=2024'))).toBe('/fr/news/year/2024/page/2')
    expect(listHrefFromQuery('fr', 'news', query('year=&office=&programme=&theme='))).toBe('/fr/news')
    expect(listHrefFromQuery('fr', 'news', query('year=abc&page=0&theme=x&office=7'))).toBe('/fr/news/office/7')
    expect(listHrefFromQuery('fr', 'news', query('country=SN&office=7'))).toBe('/fr/news/country/sn/office/7')
    expect(listHrefFromQuery('fr', 'news', query('country=xx'))).toBe('/fr/news')
    expect(listHrefFromQuery('fr', 'events', query('when=past&page=2'))).toBe('/fr/events/past/page/2')
    expect(listHrefFromQuery('fr', 'events', query('when=soon'))).toBe('/fr/events')
  })
})

describe("proxy.ts's matcher (literal, as Next requires)", () => {
  const [notLocale, ...rest] = config.matcher
  const lists = rest.filter((entry) => typeof entry !== 'string')
  const documents = rest[rest.length - 1]
  const pattern = new RegExp(`^${String(notLocale)}$`)
  const documentPattern = new RegExp(`^${String(documents)}$`)

  test('runs for addresses outside the locales, never for a site page, the admin, the API or assets', () => {
    for (const path of ['/xx/news', '/news', '/de', '/english', '/_not-found'])
      expect([path, pattern.test(path)]).toEqual([path, true])
    for (const path of [
      '/',
      '/fr',
      '/fr/news',
      '/admin',
      '/admin/collections',
      '/api/site',
      '/preview',
      '/_next/static/x.js',
      '/robots.txt',
      '/sitemap.xml',
    ])
      expect([path, pattern.test(path)]).toEqual([path, false])
  })

  test('under a locale, runs for an address with an escaped character (the undecodable 400) alone', () => {
    for (const path of ['/fr/news/%ff', '/ar/news/%D8%A7', '/fr/%00'])
      expect([path, documentPattern.test(path)]).toEqual([path, true])
    // Every page draws its own 404 (components/layout/serverRendered404.tsx): none meets the proxy.
    for (const path of [
      '/fr',
      '/fr/news',
      '/ar/news/some-release',
      '/fr/news/year/2024',
      '/fr/events/past',
      '/fr/qui-sommes-nous',
      '/fr/_404',
      '/fr/search',
      '/fr/news/rss.xml',
      '/fr/events/calendar.ics',
      '/fr/',
    ])
      expect([path, documentPattern.test(path)]).toEqual([path, false])
  })

  test('names every locale and every list parameter', () => {
    expect(String(documents)).toContain(`(${localeCodes.join('|')})`)
    const locales = `(${localeCodes.join('|')})`
    expect(String(notLocale)).toContain(`(?:${localeCodes.join('|')})`)
    const expected = Object.entries(LIST_QUERY_KEYS).flatMap(([list, keys]) =>
      keys.map((key) => ({ source: `/:locale${locales}/${list}`, has: [{ type: 'query', key }] })),
    )
    expect(lists).toEqual(expected)
  })
})
