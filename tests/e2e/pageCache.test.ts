/**
 * Every public page is served from Next's full-route cache — the lists with their filters and
 * pages too, now that those are path segments (lib/site/listPaths.ts) — with a bounded
 * `s-maxage` for caches in front, and a publish expires what it changes at once. Checked over HTTP
 * against the production server, and as a visitor meets it: the filter form and the page links in
 * Chromium, without JavaScript (the form is a plain GET).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, launchBrowser } from './browser'
import { keepLastPage } from './screenshots'
import { pathOf } from './sitePages'
import { uiText } from './uiText'

const CACHE_CONTROL = 's-maxage=60, stale-while-revalidate=540'
/**
 * Served from the page cache: HIT, or STALE for a page cached over a minute ago (its `revalidate`),
 * answered at once from the cache while it is rendered again behind. A page rendered for the
 * request says MISS; a page that is never cached has no such header (and `private, no-store`).
 */
const FROM_CACHE = /^(HIT|STALE)$/
/** Enough releases of one year for a second page of it (ten a page), dated before every seeded one. */
const OLD_YEAR = 2001
const OLD_RELEASES = 11
const stamp = Date.now().toString(36)

let token: string
let browser: Browser
let page: Page | undefined
const created: number[] = []
const createdOffices: number[] = []

const get = (path: string) => fetch(`${baseURL()}${path}`, { redirect: 'manual' })
const htmlOf = async (path: string) => (await get(path)).text()

async function createRelease(title: string, publishedDate: string, office?: number): Promise<number> {
  const { doc } = await api<{ doc: { id: number } }>('press-releases?locale=fr', {
    token,
    method: 'POST',
    body: {
      title,
      summary: `Résumé ${title}`,
      publishedDate,
      _status: 'published',
      ...(office ? { dateline: { office } } : {}),
    },
  })
  created.push(doc.id)
  return doc.id
}

async function createOffice(name: string, country: string, timeZone: string): Promise<{ id: number; slug: string }> {
  const { doc } = await api<{ doc: { id: number; slug: string } }>('offices?locale=fr', {
    token,
    method: 'POST',
    body: {
      name,
      kind: 'country-office',
      region: 'west-central-africa',
      city: name,
      country,
      timeZone,
      _status: 'published',
    },
  })
  createdOffices.push(doc.id)
  return doc
}

beforeAll(async () => {
  token = await apiLogIn('editor@passerelle.test')
  for (let i = 0; i < OLD_RELEASES; i++)
    await createRelease(
      `Archive ${stamp} n° ${i + 1}`,
      `${OLD_YEAR}-03-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`,
    )
  browser = await launchBrowser()
})
afterEach(async () => {
  await keepLastPage(page)
  await page?.context().close()
  page = undefined
})
afterAll(async () => {
  await browser?.close()
  for (const id of created) await api(`press-releases/${id}`, { token, method: 'DELETE' }).catch(() => undefined)
  for (const id of createdOffices) await api(`offices/${id}`, { token, method: 'DELETE' }).catch(() => undefined)
})

describe('the page cache', () => {
  test.each([
    '/fr',
    '/ar',
    '/fr/news',
    '/fr/news/page/2',
    `/fr/news/year/${OLD_YEAR}`,
    `/es/news/year/${OLD_YEAR}/page/2`,
    '/en/news/theme/hiv',
    '/fr/events',
    '/fr/events/past',
    '/fr/offices',
    '/ar/offices/country/ch',
    '/fr/programmes',
  ])('%s: the second request is served from the cache, with a bounded s-maxage', async (path) => {
    const first = await get(path)
    expect(first.status).toBe(200)
    await first.arrayBuffer()
    const second = await get(path)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-nextjs-cache')).toMatch(FROM_CACHE)
    expect(second.headers.get('cache-control')).toBe(CACHE_CONTROL)
  })
})

/** What a page's HTML says of Next's client runtime: its chunks, React's data, script tags other than JSON-LD. */
function runtimeIn(html: string) {
  return {
    chunks: html.includes('/_next/static/chunks/'),
    pageData: html.includes('self.__next_f'),
    scripts: (html.match(/<script\b(?![^>]*application\/ld\+json)/g) ?? []).length,
  }
}
const NO_RUNTIME = { chunks: false, pageData: false, scripts: 0 }

describe('a page served from the cache', () => {
  test.each(['/fr', '/ar', '/fr/news', `/es/news/year/${OLD_YEAR}`, '/fr/events/past', '/fr/offices', 'news detail'])(
    '%s comes without the client runtime, with its styles',
    async (which) => {
      const path = which === 'news detail' ? await pathOf('fr', 'news detail') : which
      await (await get(path)).arrayBuffer()
      const response = await get(path)
      expect(response.headers.get('x-nextjs-cache')).toMatch(FROM_CACHE)
      const html = await response.text()
      expect(runtimeIn(html)).toEqual(NO_RUNTIME)
      expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/css\/[^"]+\.css"/)
      expect(html).toMatch(/<\/main>.*<\/html>$/s)
    },
  )

  test('a press release keeps its structured data, and its data for a client navigation is still served', async () => {
    const path = await pathOf('fr', 'news detail')
    await (await get(path)).arrayBuffer()
    const html = await htmlOf(path)
    const jsonLd = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1]
    const article = JSON.parse(jsonLd ?? 'null') as { '@type': string; headline: string }
    expect(article['@type']).toBe('NewsArticle')
    const data = await fetch(`${baseURL()}${path}`, { headers: { RSC: '1' } })
    expect(data.status).toBe(200)
    expect(data.headers.get('content-type')).toContain('text/x-component')
    // The page's data holds the same article (its JSON-LD there is escaped inside React's own format).
    expect(await data.text()).toContain(article.headline)
  })

  test('a list page past its end: its 404 drawn by the server, stored without the runtime too', async () => {
    // First request (rendered), then from the cache (components/layout/serverRendered404.tsx).
    for (let i = 0; i < 2; i++) {
      const response = await get('/fr/news/page/999')
      expect(response.status).toBe(404)
      const html = await response.text()
      expect(runtimeIn(html)).toEqual(NO_RUNTIME)
      expect(html).toContain('<h1>Page introuvable</h1>')
    }
  })

  test('an editor previewing a release gets the scripts Live Preview needs', async () => {
    const id = created[0]
    // The admin's Preview button: draft mode on for the editor's session, then the release's page.
    const opened = await fetch(`${baseURL()}/preview?collection=press-releases&id=${id}&locale=fr`, {
      headers: { Authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(opened.status).toBe(307)
    const draftMode = opened.headers.getSetCookie().map((c) => c.split(';')[0])
    const path = opened.headers.get('location') ?? ''
    expect(path).toMatch(/^\/fr\/news\//)
    // The same page for a visitor, twice: from the cache, without the runtime.
    await (await get(path)).arrayBuffer()
    expect(runtimeIn(await htmlOf(path))).toEqual(NO_RUNTIME)
    const preview = await fetch(`${baseURL()}${path}`, {
      headers: { Authorization: `JWT ${token}`, cookie: draftMode.join('; ') },
    })
    const html = await preview.text()
    expect(html).toContain('preview-bar')
    expect(runtimeIn(html)).toMatchObject({ chunks: true, pageData: true })
  })
})

describe('list addresses', () => {
  test.each([
    [`/fr/news?year=${OLD_YEAR}&page=2`, `/fr/news/year/${OLD_YEAR}/page/2`],
    ['/fr/news?page=1', '/fr/news'],
    // The filter form sends every field, the empty ones too.
    [`/fr/news?year=${OLD_YEAR}&office=&programme=&theme=`, `/fr/news/year/${OLD_YEAR}`],
    ['/fr/news?year=abc&theme=unknown', '/fr/news'],
    ['/ar/news?theme=hiv&utm_source=newsletter', '/ar/news/theme/hiv?utm_source=newsletter'],
    ['/fr/events?when=past', '/fr/events/past'],
    ['/es/events?when=past&page=2', '/es/events/past/page/2'],
    [`/fr/news/page/2/year/${OLD_YEAR}`, `/fr/news/year/${OLD_YEAR}/page/2`],
    ['/fr/news/page/1', '/fr/news'],
    ['/fr/news?country=SN&office=', '/fr/news/country/sn'],
    ['/fr/news/country/SN', '/fr/news/country/sn'],
    ['/ar/offices/country/SN', '/ar/offices/country/sn'],
  ])('%s redirects permanently to %s', async (from, to) => {
    const response = await get(from)
    expect(response.status).toBe(308)
    // Next 16.4 sends a redirect a page returned from its cache with its Location header twice
    // (the same value; the moved-slug redirects of the detail pages too): browsers follow it.
    expect([...new Set(response.headers.get('location')?.split(', '))]).toEqual([to])
  })

  test.each([
    '/fr/news/page/0',
    '/fr/news/page/x',
    '/fr/news/page/999',
    '/fr/news/year/1890',
    '/fr/news/office/999999',
    '/fr/news/country/zz',
    // A country where the organisation has no office, and one whose office has no release.
    '/fr/news/country/jp',
    '/fr/news/country/za',
    '/fr/news/colour/red',
    `/fr/news/year/${OLD_YEAR}/year/${OLD_YEAR}`,
    '/fr/events/page/999',
    '/fr/events/past/page/x',
    // An unknown code, and a country without an office.
    '/fr/offices/country/zz',
    '/fr/offices/country/jp',
  ])('%s is a 404', async (path) => {
    expect((await get(path)).status).toBe(404)
  })
})

describe('a publish', () => {
  test('shows a new release at once on the home page and the lists, and leaves the offices list cached', async () => {
    const title = `Communiqué en cache ${stamp}`
    for (const path of ['/fr', '/fr/news', '/fr/offices']) await htmlOf(path)
    expect((await get('/fr/offices')).headers.get('x-nextjs-cache')).toMatch(FROM_CACHE)

    const id = await createRelease(title, new Date().toISOString())
    expect(await htmlOf('/fr')).toContain(title)
    expect(await htmlOf('/fr/news')).toContain(title)
    expect(await htmlOf(`/fr/news/year/${new Date().getUTCFullYear()}`)).toContain(title)
    // A press release is not on the offices list: that page is not rendered again.
    expect((await get('/fr/offices')).headers.get('x-nextjs-cache')).toMatch(FROM_CACHE)

    const corrected = `${title} (corrigé)`
    await api(`press-releases/${id}?locale=fr`, { token, method: 'PATCH', body: { title: corrected } })
    expect(await htmlOf('/fr/news')).toContain(corrected)
    expect(await htmlOf('/fr')).toContain(corrected)

    await api(`press-releases/${id}`, { token, method: 'DELETE' })
    expect(await htmlOf('/fr/news')).not.toContain(title)
    expect(await htmlOf('/fr')).not.toContain(title)
  })
})

describe('a visitor without JavaScript', () => {
  test('filters the news by year, lands on its address, and pages through it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' })
    page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${baseURL()}/fr/news`)
    await page.getByLabel(uiText('fr', 'news.year')).selectOption(String(OLD_YEAR))
    await page.getByRole('button', { name: uiText('fr', 'news.apply') }).click()
    await page.waitForURL(`${baseURL()}/fr/news/year/${OLD_YEAR}`)
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(new RegExp(`${OLD_RELEASES}`))
    await expect(page.getByLabel(uiText('fr', 'news.year')).inputValue()).resolves.toBe(String(OLD_YEAR))

    await page.getByRole('link', { name: uiText('fr', 'nextPage') }).click()
    await page.waitForURL(`${baseURL()}/fr/news/year/${OLD_YEAR}/page/2`)
    await expect(page.getByRole('link', { name: uiText('fr', 'previousPage') }).getAttribute('href')).resolves.toBe(
      `/fr/news/year/${OLD_YEAR}`,
    )
    // Written another way, the same page: the browser follows the redirect to its address.
    await page.goto(`${baseURL()}/fr/news/page/2/year/${OLD_YEAR}`)
    expect(page.url()).toBe(`${baseURL()}/fr/news/year/${OLD_YEAR}/page/2`)
    // The language switcher keeps the filter and the page.
    expect(await page.locator(`a[hreflang="en"]`).first().getAttribute('href')).toBe(`/en/news/year/${OLD_YEAR}/page/2`)
  })

  test('narrows the news to a country, then to one of its offices; another country drops the office', async () => {
    const niamey = await createOffice(`Niamey ${stamp}`, 'NE', 'Africa/Niamey')
    const agadez = await createOffice(`Agadez ${stamp}`, 'NE', 'Africa/Niamey')
    const moundou = await createOffice(`Moundou ${stamp}`, 'TD', 'Africa/Ndjamena')
    await createOffice(`Bamako ${stamp}`, 'ML', 'Africa/Bamako')
    await createRelease(`Niamey ${stamp}`, '2002-02-02T09:00:00.000Z', niamey.id)
    await createRelease(`Agadez ${stamp}`, '2002-02-03T09:00:00.000Z', agadez.id)
    await createRelease(`Moundou ${stamp}`, '2002-02-04T09:00:00.000Z', moundou.id)
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' })
    page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const country = () => page!.getByLabel(uiText('fr', 'news.country'))
    const office = () => page!.getByLabel(uiText('fr', 'news.office'))
    const apply = () => page!.getByRole('button', { name: uiText('fr', 'news.apply') }).click()

    await page.goto(`${baseURL()}/fr/news`)
    // Countries whose offices have releases: Mali's office has none.
    await expect(country().locator('option').allTextContents()).resolves.not.toContain('Mali')
    await country().selectOption({ label: 'Niger' })
    await apply()
    await page.waitForURL(`${baseURL()}/fr/news/country/ne`)
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/\b2\b/)
    // The office menu now lists that country's offices, by name.
    await expect(office().locator('option').allTextContents()).resolves.toEqual([
      uiText('fr', 'news.any'),
      `Agadez ${stamp}`,
      `Niamey ${stamp}`,
    ])

    await office().selectOption({ label: `Niamey ${stamp}` })
    await apply()
    await page.waitForURL(`${baseURL()}/fr/news/country/ne/office/${niamey.id}`)
    await expect(page.locator('.cards').textContent()).resolves.not.toContain(`Agadez ${stamp}`)
    await expect(page.locator('.cards').textContent()).resolves.toContain(`Niamey ${stamp}`)
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/\b1\b/)

    // Another country with the Niger office still chosen: the list of that country, without it.
    await country().selectOption({ label: 'Tchad' })
    await apply()
    await page.waitForURL(`${baseURL()}/fr/news/country/td`)
    await expect(office().inputValue()).resolves.toBe('')

    // Every office's page links to its news: the list filtered by it, wherever the menus are.
    await page.goto(`${baseURL()}/fr/offices/${niamey.slug}`)
    await page.getByRole('link', { name: uiText('fr', 'offices.allNews') }).click()
    await page.waitForURL(`${baseURL()}/fr/news/office/${niamey.id}`)
    await expect(page.locator('.cards').textContent()).resolves.toContain(`Niamey ${stamp}`)

    // The office's country leads to its offices (the directory's own page past 300 offices), and on to its news.
    await page.goto(`${baseURL()}/fr/offices/${niamey.slug}`)
    await page.locator('.facts').getByRole('link', { name: 'Niger' }).click()
    await page.waitForURL(`${baseURL()}/fr/offices/country/ne`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Niger')
    await expect(page.locator('.office-list a').allTextContents()).resolves.toEqual([
      `Agadez ${stamp}`,
      `Niamey ${stamp}`,
    ])
    await page.getByRole('link', { name: uiText('fr', 'offices.countryNews') }).click()
    await page.waitForURL(`${baseURL()}/fr/news/country/ne`)
    // Mali's office has no release: its page has no news link, but a way back to every office.
    await page.goto(`${baseURL()}/fr/offices/country/ml`)
    await expect(page.getByRole('link', { name: uiText('fr', 'offices.countryNews') }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: uiText('fr', 'offices.allOffices') }).click()
    await page.waitForURL(`${baseURL()}/fr/offices`)
  })
})
