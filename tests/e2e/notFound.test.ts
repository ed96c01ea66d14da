/**
 * Addresses that lead nowhere answer 404 with the localized not-found page, never a 500: an
 * unknown locale (in the visitor's best language), an unknown page, section or document (in the
 * locale of the address).
 *
 * The page is in the server's HTML, with its language, direction, frame and search box: a page that
 * finds nothing draws the 404 itself, stored with status 404 (components/layout/serverRendered404.tsx,
 * lib/cache/renderedStatus.mjs); addresses in no language are rewritten to the `_404` page by the
 * proxy. Next's own `notFound()` gives its bare error document (`<html id="__next_error__">`, an
 * empty body), the page drawn by script only (vercel/next.js#62228): the tests without JavaScript
 * below fail if any of these 404s goes that way, on its first request or from the cache.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { LocaleCode } from '@/lib/i18n/locales'

import { api, baseURL, launchBrowser, logIn } from './browser'
import { keepLastPage } from './screenshots'
import { uiText } from './uiText'

let browser: Browser
let page: Page | undefined

beforeAll(async () => {
  browser = await launchBrowser()
})
afterEach(async () => {
  await keepLastPage(page)
  await page?.context().close()
  page = undefined
})
afterAll(async () => {
  await browser?.close()
})

/** A page in a fresh context whose browser asks for `acceptLanguage`. */
async function open(acceptLanguage: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: acceptLanguage,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return page
}

async function expectNotFoundPage(p: Page, path: string, locale: LocaleCode): Promise<void> {
  const response = await p.goto(`${baseURL()}${path}`)
  expect(response?.status()).toBe(404)
  await expect(p.locator('main h1').textContent()).resolves.toBe(uiText(locale, 'notFound.title'))
  expect(await p.locator('main').textContent()).toContain(uiText(locale, 'notFound.text'))
  expect(await p.evaluate(() => document.documentElement.lang)).toBe(locale)
  // WCAG 2.4.2: the title says what the page is, not just the organisation's name.
  expect(await p.title()).toMatch(new RegExp(`^${uiText(locale, 'notFound.title')} · `))
  expect(await p.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
  expect(await p.locator('main a').first().getAttribute('href')).toBe(`/${locale}`)
}

describe('an unknown locale', () => {
  test.each([
    ['/xx/news', 'fr-FR', 'fr'],
    ['/de', 'ar', 'ar'],
    ['/de', 'de-DE', 'en'],
    ['/news', 'es-ES', 'es'],
  ] as [string, string, LocaleCode][])('%s asked in %s: 404 in %s', async (path, acceptLanguage, locale) => {
    await expectNotFoundPage(await open(acceptLanguage), path, locale)
  })
})

describe('an unknown address in a locale', () => {
  test.each([
    ['/fr/does-not-exist', 'fr'],
    ['/ar/news/no-such-release', 'ar'],
    ['/es/events/no-such-event', 'es'],
    ['/en/offices/x/y/z', 'en'],
  ] as [string, LocaleCode][])('%s: 404 in %s', async (path, locale) => {
    // The browser's language does not matter here: the address says which.
    await expectNotFoundPage(await open('de-DE'), path, locale)
  })
})

describe('without JavaScript', () => {
  test.each([
    ['/fr/news/nexiste-pas', 'fr'],
    ['/fr/xyz', 'fr'],
    ['/fr/does-not-exist', 'fr'],
    ['/ar/news/no-such-release', 'ar'],
    ['/ar/who-we-are/no-such-page', 'ar'],
    ['/en/offices/x/y/z', 'en'],
    ['/fr/_404', 'fr'],
    ['/fr/news/year/1890', 'fr'],
    ['/es/news/page/9999', 'es'],
    ['/ar/events/past/page/9999', 'ar'],
  ] as [string, LocaleCode][])('%s: the server sends the 404 page in %s, in its frame', async (path, locale) => {
    // Twice: the first request renders it, the second is served from the page cache.
    for (let i = 0; i < 2; i++) {
      const p = await open('de-DE', { javaScriptEnabled: false })
      await expectServerNotFoundPage(p, path, locale)
      if (i === 0) await p.context().close()
    }
  })

  test('an unknown event’s calendar file: 404, a line in the address’s language and the way home', async () => {
    const response = await fetch(`${baseURL()}/es/events/no-such-event/ics`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const text = await response.text()
    expect(text).toContain(uiText('es', 'notFound.title'))
    expect(text).toContain(uiText('es', 'notFound.text'))
    expect(text).toMatch(/^https?:\/\/\S+\/es$/m)
  })

  test.each([
    ['/nope/deeper', 'fr-FR', 'fr'],
    ['/xx', 'ar', 'ar'],
    ['/news', 'es-ES', 'es'],
  ] as [string, string, LocaleCode][])(
    '%s asked in %s: the server sends the 404 page in %s',
    async (path, accept, locale) => {
      const p = await open(accept, { javaScriptEnabled: false })
      await expectServerNotFoundPage(p, path, locale)
    },
  )

  test.each([
    ['fr', '/fr/news/nexiste-pas'],
    ['ar', '/ar/news/no-such-release'],
  ] as [LocaleCode, string][])('screenshot of the %s 404 without JavaScript', async (locale, path) => {
    const p = await open('de-DE', { javaScriptEnabled: false })
    await p.setViewportSize({ width: 1280, height: 900 })
    expect((await p.goto(`${baseURL()}${path}`))?.status()).toBe(404)
    const file = join(tmpdir(), `passerelle-404-${locale}-no-js.png`)
    await p.screenshot({ path: file, fullPage: true })
    console.log(`e2e: 404 in ${locale} without JavaScript → ${file}`)
  })
})

/** The 404 as the server sent it: status, language and direction, text, header with search box, footer. */
async function expectServerNotFoundPage(p: Page, path: string, locale: LocaleCode): Promise<void> {
  const response = await p.goto(`${baseURL()}${path}`)
  expect(response?.status()).toBe(404)
  expect(await p.locator('html').getAttribute('id')).toBeNull()
  expect(await p.locator('html').getAttribute('lang')).toBe(locale)
  expect(await p.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
  // innerText: what is drawn, not the text of the scripts (the RSC payload holds the page's text as data).
  const main = await p.locator('main').innerText({ timeout: 2_000 })
  expect(main).toContain(uiText(locale, 'notFound.title'))
  expect(main).toContain(uiText(locale, 'notFound.text'))
  expect(await p.locator('header form[role="search"] input[name="q"]').count()).toBe(1)
  expect(await p.locator('footer').count()).toBeGreaterThan(0)
  expect(await p.title()).toMatch(new RegExp(`^${uiText(locale, 'notFound.title')} · `))
  expect(await p.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
  // The address asked for stays in the address bar.
  expect(new URL(p.url()).pathname).toBe(path)
}

/**
 * A `notFound()` thrown while rendering (not-found.tsx): staff in preview mode meet it, since their
 * pages are rendered for them and never stored (the page draws its own 404 only where the cache keeps
 * its status). Next draws it in the browser. It is light on purpose: that boundary travels, rendered,
 * in the data of every page, so the site's header and footer stay out of it.
 */
describe('a 404 found while rendering', () => {
  test.each(['fr', 'ar'] as LocaleCode[])(
    'in %s: the message in the organisation frame, in its language',
    async (locale) => {
      const p = await open('de-DE')
      await logIn(p, 'editor@passerelle.test')
      const release = (await api<{ docs: { id: number }[] }>('press-releases?limit=1&locale=fr')).docs[0]
      const preview = await p.goto(`${baseURL()}/preview?collection=press-releases&id=${release?.id}&locale=${locale}`)
      expect(preview?.status()).toBe(200)
      const response = await p.goto(`${baseURL()}/${locale}/news/nexiste-pas-pendant-le-rendu`)
      expect(response?.status()).toBe(404)
      await expect(p.locator('main h1').textContent()).resolves.toBe(uiText(locale, 'notFound.title'))
      expect(await p.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
      expect(await p.locator('header a.brand').getAttribute('href')).toBe(`/${locale}`)
      expect(await p.locator('main a').first().getAttribute('href')).toBe(`/${locale}`)
    },
  )

  test("the boundary does not carry the site's header and footer in every page's data", async () => {
    // The page's data, as a client navigation asks for it (a page from the cache carries none in its HTML).
    const data = await (await fetch(`${baseURL()}/fr`, { headers: { RSC: '1' } })).text()
    // The page's own header and footer, once each (twice before: the 404 boundary's too).
    expect(data.match(/"className":"site-footer"/g)?.length).toBe(1)
    expect(data.match(/"className":"site-header"/g)?.length).toBe(1)
  })
})
