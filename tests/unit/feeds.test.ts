import { expect, test } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { buildNewsFeed, type NewsFeed } from '../../lib/feeds/news'
import { buildSitemap } from '../../lib/feeds/sitemap'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

test('RSS 2.0: channel with title, link, description, language, self link, and items with guid and RFC 822 dates', () => {
  const self = 'https://example.org/en/news/rss.xml'
  const xml = buildNewsFeed(
    {
      title: 'IOM – News',
      link: 'https://example.org/en/news',
      feedLinks: { rss: self, atom: self, json: self },
      description: 'Press releases',
      language: 'en',
      items: [
        {
          title: 'Council opens <110th> session & more',
          link: 'https://example.org/en/news/council',
          description: 'Geneva – "quoted"',
          publishedDate: '2019-11-26T09:00:00.000Z',
          language: 'fr',
        },
        { title: 'Second', link: 'https://example.org/en/news/second', publishedDate: '2019-11-01T09:00:00.000Z' },
      ],
    },
    'rss',
  )
  expect(XMLValidator.validate(xml)).toBe(true)
  const { rss } = parser.parse(xml)
  expect(rss['@version']).toBe('2.0')
  expect(rss.channel.title).toBe('IOM – News')
  expect(rss.channel.language).toBe('en')
  expect(rss.channel['atom:link']['@rel']).toBe('self')
  expect(rss.channel.item).toHaveLength(2)
  expect(rss.channel.item[0].title).toBe('Council opens <110th> session & more')
  expect(rss.channel.item[0].guid['#text']).toBe('https://example.org/en/news/council')
  expect(rss.channel.item[0]['dc:language']).toBe('fr')
  expect(rss.channel.item[0].pubDate).toBe('Tue, 26 Nov 2019 09:00:00 GMT')
  expect(rss.channel.item[1].description).toBeUndefined()
})

const news: NewsFeed = {
  title: 'IOM – News',
  link: 'https://example.org/en/news',
  feedLinks: {
    rss: 'https://example.org/en/news/rss.xml',
    atom: 'https://example.org/en/news/atom.xml',
    json: 'https://example.org/en/news/feed.json',
  },
  description: 'Press releases',
  language: 'en',
  items: [
    {
      title: 'Council opens <110th> session & more',
      link: 'https://example.org/en/news/council',
      description: 'Geneva',
      publishedDate: '2019-11-26T09:00:00.000Z',
      language: 'fr',
    },
    { title: 'Second', link: 'https://example.org/en/news/second', publishedDate: '2019-11-01T09:00:00.000Z' },
  ],
}

test('Atom 1.0: feed id and self link, entries with id, link, updated date and the language of untranslated ones', () => {
  const xml = buildNewsFeed(news, 'atom')
  expect(XMLValidator.validate(xml)).toBe(true)
  const { feed } = parser.parse(xml)
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  expect(feed.id).toBe('https://example.org/en/news/atom.xml')
  expect(feed.updated).toBe('2019-11-26T09:00:00.000Z')
  expect(feed.entry).toHaveLength(2)
  expect(feed.entry[0].title['#text'] ?? feed.entry[0].title).toBe('Council opens <110th> session & more')
  expect(feed.entry[0].id).toBe('https://example.org/en/news/council')
  expect(feed.entry[0]['dc:language']).toBe('fr')
  expect(feed.entry[1]['dc:language']).toBeUndefined()
})

test('JSON Feed: version, home and feed URLs, items with id, url, date and language', () => {
  const json = JSON.parse(buildNewsFeed(news, 'json')) as {
    version: string
    home_page_url: string
    feed_url: string
    items: { id: string; url: string; title: string; date_modified: string; language?: string }[]
  }
  expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/)
  expect(json.home_page_url).toBe('https://example.org/en/news')
  expect(json.feed_url).toBe('https://example.org/en/news/feed.json')
  expect(json.items.map((i) => i.url)).toEqual([
    'https://example.org/en/news/council',
    'https://example.org/en/news/second',
  ])
  expect(json.items[0]).toMatchObject({ title: 'Council opens <110th> session & more', language: 'fr' })
  expect(json.items[1].language).toBeUndefined()
})

test('sitemap: one <url> per page per locale, each with its alternates and x-default', () => {
  const xml = buildSitemap([
    {
      hrefs: { en: '/en/news/council', fr: '/fr/news/conseil', es: '/es/news/conseil', ar: '/ar/news/conseil' },
      lastModified: '2019-11-26T09:00:00.000Z',
    },
  ])
  expect(XMLValidator.validate(xml)).toBe(true)
  const { urlset } = parser.parse(xml)
  expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(urlset.url).toHaveLength(4)
  const french = urlset.url.find((u: { loc: string }) => u.loc.endsWith('/fr/news/conseil'))
  const links = french['xhtml:link'] as { '@hreflang': string; '@href': string }[]
  expect(links.map((l) => l['@hreflang'])).toEqual(['en', 'fr', 'es', 'ar', 'x-default'])
  expect(links.find((l) => l['@hreflang'] === 'x-default')?.['@href']).toMatch(/\/en\/news\/council$/)
  expect(french.lastmod).toBe('2019-11-26T09:00:00.000Z')
})

test('sitemap: a document is listed only in the locales it is written in, x-default its source', () => {
  const hrefs = { en: '/en/news/conseil', fr: '/fr/news/conseil', es: '/es/news/consejo', ar: '/ar/news/conseil' }
  const { urlset } = parser.parse(buildSitemap([{ hrefs, translated: ['fr', 'es'] }]))
  expect(urlset.url.map((u: { loc: string }) => u.loc.replace(/^https?:\/\/[^/]+/, ''))).toEqual([
    '/fr/news/conseil',
    '/es/news/consejo',
  ])
  for (const url of urlset.url) {
    const links = url['xhtml:link'] as { '@hreflang': string; '@href': string }[]
    expect(links.map((l) => [l['@hreflang'], l['@href'].replace(/^https?:\/\/[^/]+/, '')])).toEqual([
      ['fr', '/fr/news/conseil'],
      ['es', '/es/news/consejo'],
      ['x-default', '/fr/news/conseil'],
    ])
  }
})
