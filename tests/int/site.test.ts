/**
 * The public site rendered from the seed content in every locale: each page type, the fallback to the
 * source language, redirects and 404s, metadata, feeds, calendars, sitemap and search. Pages are
 * called as Next calls them (params as promises) and rendered to HTML with React's server renderer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import * as EventsIcs from '../../app/(frontend)/[locale]/events/calendar.ics/route'
import * as EventPage from '../../app/(frontend)/[locale]/events/[slug]/page'
import * as EventIcs from '../../app/(frontend)/[locale]/events/[slug]/ics/route'
import EventsPage from '../../app/(frontend)/[locale]/events/page'
import PastEventsPage from '../../app/(frontend)/[locale]/events/past/page'
import LaterEventsPage from '../../app/(frontend)/[locale]/events/[...filters]/page'
import LocaleLayout from '../../app/(frontend)/[locale]/layout'
import * as NewsDetail from '../../app/(frontend)/[locale]/news/[slug]/page'
import NewsPage from '../../app/(frontend)/[locale]/news/page'
import FilteredNewsPage from '../../app/(frontend)/[locale]/news/[...filters]/page'
import * as Atom from '../../app/(frontend)/[locale]/news/atom.xml/route'
import * as JsonFeed from '../../app/(frontend)/[locale]/news/feed.json/route'
import * as Rss from '../../app/(frontend)/[locale]/news/rss.xml/route'
import OfficePage from '../../app/(frontend)/[locale]/offices/[slug]/page'
import OfficesPage from '../../app/(frontend)/[locale]/offices/page'
import Home from '../../app/(frontend)/[locale]/page'
import NestedPage from '../../app/(frontend)/[locale]/[...path]/page'
import ProgrammePage from '../../app/(frontend)/[locale]/programmes/[slug]/page'
import ProgrammesPage from '../../app/(frontend)/[locale]/programmes/page'
import SearchPage from '../../app/(frontend)/[locale]/search/page'
import * as Sitemap from '../../app/(frontend)/sitemap.xml/route'
import * as SitemapPart from '../../app/(frontend)/sitemaps/[name]/route'
import { alternatesOf, type Alternates } from '../../lib/content/documents'
import { sitemapPartEntries, sitemapParts } from '../../lib/content/sitemap'
import { utcOffsetLabel } from '../../lib/time/format'
import { offsetMinutes } from '../../lib/time/zones'
import { localeCodes, type LocaleCode } from '../../lib/i18n/locales'
import { richTextFromParagraphs } from '../../lib/text/richText'
import { slugify } from '../../lib/text/slugify'
import { seedAll } from '../../seed/seedAll'
import { makePressRelease } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
const slugs = { news: '', event: '', office: '', programme: '', upcoming: '' }
/** The slug of each document in each locale (its own, or its source's when not translated). */
const slugIn = {} as Record<'news' | 'office' | 'structure', Alternates>
const DRAFT_WORD = 'zanzibarquokka'

beforeAll(async () => {
  payload = await startPayload()
  await seedAll(payload, { withDemoUsers: false, withIllustrations: false })
  const first = async (collection: 'press-releases' | 'events' | 'offices' | 'health-programmes', sort: string) =>
    (await payload.find({ collection, locale: 'fr', sort, limit: 1, depth: 0 })).docs[0] as unknown as {
      id: number
      slug: string
    }
  const release = await first('press-releases', '-publishedDate')
  slugs.news = release.slug
  slugs.event = (await first('events', '-startsAt')).slug
  const office = await first('offices', 'id')
  slugs.office = office.slug
  slugs.programme = (await first('health-programmes', 'title')).slug
  // Translated into Spanish: the Spanish page has its own slug, the others fall back to French.
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'es',
    data: { title: 'La OIM abre la 110.ª reunión de su Consejo', summary: 'Resumen en español.' },
  })
  const upcoming = await payload.create({
    collection: 'events',
    locale: 'en',
    data: {
      title: 'Regional consultation on migrant health',
      kind: 'consultation',
      status: 'scheduled',
      sourceLocale: 'en',
      startsAt: '2031-03-10T08:00:00.000Z',
      endsAt: '2031-03-10T15:00:00.000Z',
      timeZone: 'Africa/Nairobi',
      venue: 'Nairobi',
      summary: 'A day of consultation.',
      _status: 'published',
    },
  })
  slugs.upcoming = upcoming.slug as string
  slugIn.news = await alternatesOf(payload, 'press-releases', release.id)
  slugIn.office = await alternatesOf(payload, 'offices', office.id)
  // The navigation's pages are seeded in every language: each has its own path (who-we-are/structure …).
  const [structure] = (
    await payload.find({ collection: 'pages', locale: 'fr', where: { slug: { equals: 'structure' } }, depth: 0 })
  ).docs
  slugIn.structure = await alternatesOf(payload, 'pages', structure.id)
  await makePressRelease(payload, { title: `Brouillon ${DRAFT_WORD}`, status: 'draft' })
}, 180_000)
afterAll(() => stopPayload(payload))

const params = <P extends Record<string, unknown>>(p: P) => ({ params: Promise.resolve(p) })
const query = (q: Record<string, string> = {}) => ({ searchParams: Promise.resolve(q) })
const html = (element: ReactElement) => renderToStaticMarkup(element)
const digestOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'rendered',
    (e: { digest?: string }) => e.digest ?? String(e),
  )

describe('every page type renders in every locale from the seed content', () => {
  test.each(localeCodes)('%s', async (locale: LocaleCode) => {
    const pages: [string, Promise<ReactElement>][] = [
      ['home', Home(params({ locale }))],
      ['news', NewsPage(params({ locale }))],
      ['news detail', NewsDetail.default(params({ locale, slug: slugIn.news[locale] }))],
      ['events', EventsPage(params({ locale }))],
      ['past events', PastEventsPage(params({ locale }))],
      ['event', EventPage.default(params({ locale, slug: slugs.event }))],
      ['offices', OfficesPage(params({ locale }))],
      ['office', OfficePage(params({ locale, slug: slugIn.office[locale] }))],
      ['programmes', ProgrammesPage(params({ locale }))],
      ['programme', ProgrammePage(params({ locale, slug: slugs.programme }))],
      ['page', NestedPage(params({ locale, path: slugIn.structure[locale].split('/') }))],
      ['search', SearchPage({ ...params({ locale }), ...query({ q: 'migrants' }) })],
    ]
    for (const [name, page] of pages) {
      const markup = html(await page)
      expect([name, markup.match(/<h1[^>]*>/g)?.length]).toEqual([name, 1])
      expect(markup).toContain('<main id="main"')
      expect(markup).toContain(`aria-current="page" lang="${locale}" hrefLang="${locale}"`)
    }
  })

  test('the layout sets lang and dir on <html>, with a skip link first', async () => {
    for (const locale of localeCodes) {
      const markup = html(await LocaleLayout({ children: null, ...params({ locale }) }))
      expect(markup).toMatch(
        new RegExp(
          `^<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">(<head></head>)?<body><a class="skip-link" href="#main">`,
        ),
      )
    }
  })
})

describe('documents not yet translated', () => {
  test('are shown whole in their source language, marked, under a notice in the visitor’s language', async () => {
    const markup = html(await NewsDetail.default(params({ locale: 'ar', slug: slugs.news })))
    expect(markup).toContain('هذه الصفحة غير متاحة بالعربية بعد؛ وهي معروضة باللغة الفرنسية.')
    expect(markup).toMatch(/<div lang="fr" dir="ltr"><h1>L’Organisation internationale pour les migrations ouvre mardi/)
  })

  test('seeded offices are named in every language: each language has the slug of its own name', () => {
    expect(slugIn.office).toEqual({
      fr: slugs.office,
      en: 'iom-headquarters',
      es: 'sede-de-la-oim',
      ar: slugify('مقر المنظمة الدولية للهجرة'),
    })
  })

  test('the offices list names cities in the visitor’s language, none left in French or English', async () => {
    const geneva: Record<LocaleCode, string> = { fr: 'Genève', en: 'Geneva', es: 'Ginebra', ar: 'جنيف' }
    for (const locale of localeCodes) {
      const markup = html(await OfficesPage(params({ locale })))
      expect(markup).toContain(geneva[locale])
      for (const other of localeCodes.filter((l) => l !== locale)) expect(markup).not.toContain(geneva[other])
      // Nothing in the list is shown in another language, which would be marked so (the language switcher is).
      expect(markup.slice(markup.indexOf('<main'), markup.indexOf('</main>'))).not.toMatch(/ lang="/)
    }
  })

  test('a translated document is shown in the visitor’s language with no notice, and its other slugs redirect to its own', async () => {
    const markup = html(
      await NewsDetail.default(params({ locale: 'es', slug: 'la-oim-abre-la-110-a-reunion-de-su-consejo' })),
    )
    expect(markup).toContain('<h1>La OIM abre la 110.ª reunión de su Consejo</h1>')
    expect(markup).not.toContain('role="note"')
    expect(await digestOf(NewsDetail.default(params({ locale: 'es', slug: slugs.news })))).toBe(
      'NEXT_REDIRECT;replace;/es/news/la-oim-abre-la-110-a-reunion-de-su-consejo;308;',
    )
  })

  test('the language switcher leads to the same document under its slug in each locale', async () => {
    const markup = html(await NewsDetail.default(params({ locale: 'en', slug: slugs.news })))
    const switcher = markup.match(/<nav class="languages"[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect(switcher).toContain(`href="/fr/news/${slugs.news}"`)
    expect(switcher).toContain('href="/es/news/la-oim-abre-la-110-a-reunion-de-su-consejo"')
    expect(switcher).toContain(`href="/ar/news/${slugs.news}"`)
  })

  test('an office names its time zone with the offset in force today', async () => {
    const [office] = (
      await payload.find({ collection: 'offices', where: { slug: { equals: slugs.office } }, locale: 'fr', depth: 0 })
    ).docs
    const offset = offsetMinutes(new Date(), office.timeZone)
    const markup = html(await OfficePage(params({ locale: 'en', slug: slugIn.office.en })))
    expect(markup).toContain(utcOffsetLabel(offset))
    expect(markup).toMatch(/<dd>[^<]+Time, UTC[+−]\d/)
  })

  test('lists include them in place, tagged, never as empty slots', async () => {
    const markup = html(await NewsPage(params({ locale: 'en' })))
    expect(markup.match(/<li class="card">/g)).toHaveLength(3)
    expect(markup.match(/<span class="tag">In French<\/span>/g)).toHaveLength(3)
    const spanish = html(await NewsPage(params({ locale: 'es' })))
    expect(spanish.match(/<span class="tag">En francés<\/span>/g)).toHaveLength(2)
  })
})

describe('news filters', () => {
  test('a filtered list shows only what matches; a filter the form does not offer is a 404', async () => {
    const seededYears = [...html(await NewsPage(params({ locale: 'fr' }))).matchAll(/<option value="(\d{4})">/g)].map(
      (m) => m[1],
    )
    expect(seededYears.length).toBeGreaterThan(0)
    const filtered = html(await FilteredNewsPage(params({ locale: 'fr', filters: ['year', seededYears[0]] })))
    expect(filtered).toMatch(
      new RegExp(`<option (selected="" value="${seededYears[0]}"|value="${seededYears[0]}" selected(="")?)>`),
    )
    expect(filtered).toContain('<li class="card">')
    expect(await digestOf(FilteredNewsPage(params({ locale: 'fr', filters: ['year', '1890'] })))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    )
    expect(
      await digestOf(FilteredNewsPage(params({ locale: 'fr', filters: ['page', '2', 'year', seededYears[0]] }))),
    ).toBe(`NEXT_REDIRECT;replace;/fr/news/year/${seededYears[0]}/page/2;308;`)
  })
})

describe('bad addresses answer the localized 404, never a 500', () => {
  test.each([
    ['unknown slug', () => NewsDetail.default(params({ locale: 'fr', slug: 'no-such-release' }))],
    ['path traversal', () => NewsDetail.default(params({ locale: 'fr', slug: '..%2F..%2Fetc' }))],
    ['huge slug', () => EventPage.default(params({ locale: 'en', slug: 'a'.repeat(5000) }))],
    ['unknown locale', () => Home(params({ locale: 'xx' }))],
    ['unknown page path', () => NestedPage(params({ locale: 'es', path: ['qui-sommes-nous', 'nope'] }))],
  ])('%s', async (_name, render) => {
    expect(await digestOf(render())).toBe('NEXT_HTTP_ERROR_FALLBACK;404')
  })

  test('a page under a wrong parent redirects to its own path', async () => {
    expect(await digestOf(NestedPage(params({ locale: 'fr', path: ['agir', 'structure'] })))).toBe(
      'NEXT_REDIRECT;replace;/fr/qui-sommes-nous/structure;308;',
    )
  })
})

describe('metadata', () => {
  test('canonical, hreflang alternates with x-default, OpenGraph and Twitter card', async () => {
    const metadata = await NewsDetail.generateMetadata(params({ locale: 'fr', slug: slugs.news }))
    expect(String(metadata.alternates?.canonical)).toMatch(new RegExp(`/fr/news/${slugs.news}$`))
    const languages = metadata.alternates?.languages as Record<string, string>
    // Written in French (source) and Spanish only: those are the alternates, x-default the source.
    expect(Object.keys(languages)).toEqual(['fr', 'es', 'x-default'])
    expect(languages.es).toMatch(/\/es\/news\/la-oim-abre-la-110-a-reunion-de-su-consejo$/)
    expect(languages['x-default']).toBe(languages.fr)
    expect(metadata.openGraph).toMatchObject({ type: 'article', locale: 'fr_FR' })
    expect(metadata.twitter).toMatchObject({ card: 'summary' })
  })

  test('a page shown in its source language is canonicalised to the source page, not offered as a translation', async () => {
    const metadata = await NewsDetail.generateMetadata(params({ locale: 'ar', slug: slugIn.news.ar }))
    expect(String(metadata.alternates?.canonical)).toMatch(new RegExp(`/fr/news/${slugs.news}$`))
    expect(Object.keys(metadata.alternates?.languages ?? {})).toEqual(['fr', 'es', 'x-default'])
    // An event written in English for every locale it is shown in.
    const event = await EventPage.generateMetadata(params({ locale: 'es', slug: slugs.upcoming }))
    expect(String(event.alternates?.canonical)).toMatch(new RegExp(`/en/events/${slugs.upcoming}$`))
  })

  test('an unknown document has the 404’s metadata rather than an error (the page draws the 404)', async () => {
    expect(await NewsDetail.generateMetadata(params({ locale: 'fr', slug: 'no-such-release' }))).toEqual({
      title: 'Page introuvable',
      robots: { index: false },
    })
  })

  test('JSON-LD: NewsArticle, Event and Organization', async () => {
    const ld = (markup: string) =>
      [...markup.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
        (m) => JSON.parse(m[1]) as Record<string, unknown>,
      )
    expect(ld(html(await NewsDetail.default(params({ locale: 'en', slug: slugs.news }))))[0]).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'fr',
      datePublished: '2019-11-26T09:00:00.000Z',
    })
    expect(ld(html(await EventPage.default(params({ locale: 'en', slug: slugs.upcoming }))))[0]).toMatchObject({
      '@type': 'Event',
      // 08:00 UTC as the local time in Nairobi, with its offset (search engines read it as the same instant).
      startDate: '2031-03-10T11:00:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
    })
    expect(ld(html(await Home(params({ locale: 'es' }))))[0]).toMatchObject({
      '@type': 'Organization',
      name: 'Organización Internacional para las Migraciones',
    })
  })
})

describe('events', () => {
  test('upcoming and past are split by the current time; times are in the event’s zone', async () => {
    const upcoming = html(await EventsPage(params({ locale: 'en' })))
    expect(upcoming).toContain('Regional consultation on migrant health')
    expect(upcoming).toMatch(/10 March 2031, 11:00\s?–\s?18:00<\/time><span class="zone"> \(East Africa Time, UTC\+3\)/)
    expect(upcoming).not.toContain('110e session')
    const past = html(await PastEventsPage(params({ locale: 'en' })))
    expect(past).toContain('110e session du Conseil de l’OIM')
  })

  test('a later page that does not exist is a 404, page 1 is the list itself', async () => {
    expect(await digestOf(LaterEventsPage(params({ locale: 'en', filters: ['past', 'page', '9'] })))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    )
    expect(await digestOf(LaterEventsPage(params({ locale: 'en', filters: ['past', 'page', '1'] })))).toBe(
      'NEXT_REDIRECT;replace;/en/events/past;308;',
    )
  })

  test('one event and all upcoming events as iCalendar that ical.js parses, in their zone', async () => {
    const single = await EventIcs.GET(
      new Request('http://localhost/en/events/x/ics'),
      params({ locale: 'en', slug: slugs.upcoming }),
    )
    expect(single.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(await single.text()))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Regional consultation on migrant health')
    expect(event.startDate.zone.tzid).toBe('Africa/Nairobi')
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-10T08:00:00.000Z')

    const all = new ICAL.Component(
      ICAL.parse(
        await (
          await EventsIcs.GET(new Request('http://localhost/fr/events/calendar.ics'), params({ locale: 'fr' }))
        ).text(),
      ),
    )
    expect(all.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).toEqual([
      'Regional consultation on migrant health',
    ])

    expect(
      (
        await EventIcs.GET(
          new Request('http://localhost/en/events/none/ics'),
          params({ locale: 'en', slug: 'no-such-event' }),
        )
      ).status,
    ).toBe(404)
  })
})

describe('feeds, sitemap and search never show drafts', () => {
  test('RSS 2.0 per locale', async () => {
    const xml = await (await Rss.GET(new Request('http://localhost/fr/news/rss.xml'), params({ locale: 'fr' }))).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.item).toHaveLength(3)
    expect(xml).not.toContain(DRAFT_WORD)
  })

  test('Atom and JSON Feed per locale, the same releases', async () => {
    const atomResponse = await Atom.GET(new Request('http://localhost/es/news/atom.xml'), params({ locale: 'es' }))
    expect(atomResponse.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await atomResponse.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(feed.entry).toHaveLength(3)
    // An entry not translated into Spanish says it is in French; a translated one says nothing.
    const languages = feed.entry.map((e: Record<string, unknown>) => e['dc:language'])
    expect(languages).toContain('fr')
    for (const language of languages) expect([undefined, 'fr']).toContain(language)
    const json = await (
      await JsonFeed.GET(new Request('http://localhost/es/news/feed.json'), params({ locale: 'es' }))
    ).json()
    expect(json.items).toHaveLength(3)
    expect(JSON.stringify(json)).not.toContain(DRAFT_WORD)
    expect(xml).not.toContain(DRAFT_WORD)
  })

  /** Every `<url>` of the sitemap: the index's files, each read through its route. */
  async function sitemapUrls(): Promise<{ loc: string; 'xhtml:link': { '@_href': string; '@_hreflang': string }[] }[]> {
    const index = await (await Sitemap.GET()).text()
    expect(XMLValidator.validate(index)).toBe(true)
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url'].includes(name) })
    const files: string[] = parser.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(files[0]).toMatch(/\/sitemaps\/pages\.xml$/)
    const urls = []
    for (const file of files) {
      const response = await SitemapPart.GET(new Request(file), params({ name: file.split('/').pop() ?? '' }))
      expect(response.status).toBe(200)
      const xml = await response.text()
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(xml).not.toContain('brouillon')
      urls.push(...parser.parse(xml).urlset.url)
    }
    return urls
  }

  test('the sitemap lists every published document in every locale it is written in, with its alternates', async () => {
    const urlset = { url: await sitemapUrls() }
    const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc)
    // Home and sections in every locale; each document in the locales it is written in; no drafts.
    for (const locale of localeCodes) expect(locs).toContainEqual(expect.stringMatching(new RegExp(`/${locale}/news$`)))
    expect(locs).toContainEqual(expect.stringMatching(new RegExp(`/en/events/${slugs.upcoming}$`)))
    expect(locs).not.toContainEqual(expect.stringMatching(new RegExp(`/fr/events/${slugs.upcoming}$`)))
    expect(locs).toContainEqual(expect.stringMatching(/\/es\/news\/la-oim-abre-la-110-a-reunion-de-su-consejo$/))
    expect(locs).toContainEqual(expect.stringMatching(new RegExp(`/fr/news/${slugs.news}$`)))
    expect(locs).not.toContainEqual(expect.stringMatching(new RegExp(`/ar/news/`)))
    expect(new Set(locs).size).toBe(locs.length)
    // Every listed page names each of its written versions and x-default, itself included.
    for (const url of urlset.url) {
      const links = ([] as { '@_href': string; '@_hreflang': string }[]).concat(url['xhtml:link'])
      expect(links.map((l) => l['@_href'])).toContain(url.loc)
      expect(links.at(-1)?.['@_hreflang']).toBe('x-default')
    }
    const release = urlset.url.find((u: { loc: string }) => u.loc.endsWith(`/fr/news/${slugs.news}`))
    expect(release?.['xhtml:link'].map((l: { '@_hreflang': string }) => l['@_hreflang'])).toEqual([
      'fr',
      'es',
      'x-default',
    ])
  })

  test('the sitemap is split in files of a bounded number of documents, each listed by the index', async () => {
    const whole = await sitemapUrls()
    // Two documents a file: the same addresses, the releases spread over several files.
    const parts = await sitemapParts(2)
    const releaseFiles = parts.filter((p) => p.kind === 'documents' && p.collection === 'press-releases')
    expect(releaseFiles.length).toBeGreaterThan(1)
    const split = (await Promise.all(parts.map((part) => sitemapPartEntries(part, 2)))).flat()
    const addresses = (entries: typeof split) =>
      entries.flatMap((e) => (e.translated ?? localeCodes).map((l) => e.hrefs[l])).sort()
    expect(addresses(split)).toEqual(whole.map((u) => new URL(u.loc).pathname).sort())
    expect(await sitemapPartEntries({ kind: 'documents', collection: 'press-releases', page: 999 }, 2)).toEqual([])
    for (const name of ['press-releases-999.xml', 'nothing-1.xml', 'press-releases-0.xml', '../x.xml', 'users-1.xml']) {
      const response = await SitemapPart.GET(new Request(`http://localhost/sitemaps/${name}`), params({ name }))
      expect(response.status).toBe(404)
    }
  })

  test('search matches title, summary and body, highlights, includes untranslated documents, never drafts', async () => {
    const markup = html(await SearchPage({ ...params({ locale: 'en' }), ...query({ q: 'Antofagasta' }) }))
    expect(markup).toContain('<mark>Antofagasta</mark>')
    expect(markup).toMatch(/\d+ results? for “Antofagasta”/)
    expect(markup).toContain('<span class="tag">In French</span>')
    const draft = html(await SearchPage({ ...params({ locale: 'fr' }), ...query({ q: DRAFT_WORD }) }))
    expect(draft).toContain(`0 résultat pour « ${DRAFT_WORD} »`)
    expect(draft).not.toContain('<mark>')
  })

  test('search ignores case and accents in the query and in the text, and marks the original words', async () => {
    // The seed's French releases write « santé » and « réunion »; a visitor types neither accent.
    const typed = html(await SearchPage({ ...params({ locale: 'fr' }), ...query({ q: 'SANTE reunion' }) }))
    const accented = html(await SearchPage({ ...params({ locale: 'fr' }), ...query({ q: 'santé réunion' }) }))
    const count = (markup: string) => Number(/(\d+) résultats? pour/.exec(markup)?.[1] ?? NaN)
    expect(count(typed)).toBeGreaterThan(0)
    expect(count(typed)).toBe(count(accented))
    expect(typed).toMatch(/<mark>[Ss]anté<\/mark>/)
    expect(typed).toMatch(/<mark>[Rr]éunion<\/mark>/)
  })
})

describe('revalidation hooks', () => {
  test('publishing outside a Next request (seed, jobs, tests) saves normally and the next read shows it', async () => {
    const created = await payload.create({
      collection: 'press-releases',
      locale: 'en',
      data: {
        title: 'Fresh release',
        publishedDate: '2030-01-01T00:00:00.000Z',
        body: richTextFromParagraphs(['Fresh body text.']),
        _status: 'published',
      },
    })
    const markup = html(await NewsPage(params({ locale: 'en' })))
    expect(markup).toContain('Fresh release')
    await payload.delete({ collection: 'press-releases', id: created.id })
    expect(html(await NewsPage(params({ locale: 'en' })))).not.toContain('Fresh release')
  })
})
