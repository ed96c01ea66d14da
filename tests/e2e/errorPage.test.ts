/**
 * A page that fails on the server shows the visitor the site's error page (error.tsx): in the
 * address's language and direction, under the organisation's mark and name, with a way on, and the server answers
 * 500 so that no cache keeps it. (Without script it is Next's bare error document: see the first test.)
 *
 * The failure is a real one: a published press release whose stored date is not a date (a row
 * edited by hand, or an import that went round the validation), which the page cannot format. The
 * row is changed in the SQLite file the server uses, as such a tool would, and put back afterwards;
 * the release is then deleted through the API, which also expires what the server cached of it.
 */
import { tmpdir } from 'node:os'
import { DatabaseSync } from 'node:sqlite'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import arError from '@/locales/ar/error.json'
import frError from '@/locales/fr/error.json'
import type { PressRelease } from '@/payload-types'
import { organisation } from '@/seed/frameText'

import { api, apiLogIn, baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page | undefined
let token: string
let release: PressRelease
let goodDate: string

const databaseFile = () => {
  const uri = process.env.DATABASE_URI ?? ''
  if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI is not an SQLite file: ${uri}`)
  return uri.slice('file:'.length)
}

/** Writes the release's stored publication date, as a tool working on the file would. */
function storeDate(value: string) {
  const db = new DatabaseSync(databaseFile())
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    db.prepare('UPDATE press_releases SET published_date = ? WHERE id = ?').run(value, release.id)
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await apiLogIn('editor@passerelle.test')
  const run = Date.now().toString(36)
  ;({ doc: release } = await api<{ doc: PressRelease }>('press-releases?locale=fr', {
    token,
    method: 'POST',
    body: {
      title: `Une date illisible ${run}`,
      summary: 'Un communiqué dont la date stockée sera abîmée.',
      _status: 'published',
      // Old enough to stay off the home page and the first page of the news list.
      publishedDate: '2003-02-01T09:00:00.000Z',
    },
  }))
  goodDate = release.publishedDate
  storeDate('pas une date')
})

afterAll(async () => {
  await keepLastPage(page)
  await browser?.close()
  if (release) {
    storeDate(goodDate)
    await api(`press-releases/${release.id}`, { token, method: 'DELETE' })
  }
})

describe.each([
  ['fr', 'ltr', frError],
  ['ar', 'rtl', arError],
] as const)('/%s', (locale, dir, strings) => {
  const address = () => `/${locale}/news/${release.slug}`

  test('the server answers 500, which no shared cache keeps', async () => {
    const response = await fetch(`${baseURL()}${address()}`)
    expect(response.status).toBe(500)
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/s-maxage=[1-9]/)
    // The body is Next's error document, which the browser fills with error.tsx: an error thrown while
    // rendering cannot be drawn by the server in the frame (vercel/next.js#62228; a 404 can, drawn by
    // the page itself). Recorded here so that a change of Next's is noticed.
    expect(await response.text()).toContain('<html id="__next_error__">')
  })

  test('a visitor reads what happened and finds the way home, in the page’s language', async () => {
    page = await newPage(browser)
    const errors = collectPageErrors(page)
    const response = await page.goto(`${baseURL()}${address()}`)
    expect(response?.status()).toBe(500)
    const alert = page.locator('main [role="alert"]')
    await expect(alert.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(strings.title)
    await expect(alert.textContent()).resolves.toContain(strings.text)
    await expect(alert.getAttribute('lang')).resolves.toBe(locale)
    await expect(alert.getAttribute('dir')).resolves.toBe(dir)
    // The locale layout stays around it: the document's language and direction, the skip link to
    // the message; and the site's header with the organisation's mark and name, leading home.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale)
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir)
    await expect(page.locator('.skip-link').getAttribute('href')).resolves.toBe('#main')
    const brand = page.locator('header.site-header a.brand')
    await expect(brand.isVisible()).resolves.toBe(true)
    await expect(brand.getAttribute('href')).resolves.toBe(`/${locale}`)
    await expect(brand.textContent()).resolves.toBe(organisation[locale].organisationName)
    const home = alert.getByRole('link', { name: strings.home })
    await expect(home.getAttribute('href')).resolves.toBe(`/${locale}`)
    await expect(alert.getByRole('button', { name: strings.retry }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${tmpdir()}/passerelle-error-${locale}.png`, fullPage: true })
    await home.click()
    await page.waitForURL(`${baseURL()}/${locale}`)
    await expect(page.locator('main h1, main h2').first().isVisible()).resolves.toBe(true)
    // The failure is the server's: the browser's scripts threw nothing.
    expect(errors).toEqual([])
  })
})
