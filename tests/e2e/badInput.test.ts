/**
 * Markup typed into a press release is text on the site: a published release whose title and
 * summary hold a script and an image with an onerror handler shows them as written, everywhere it
 * appears, and runs neither.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { keepLastPage } from './screenshots'

const ATTACK = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
const title = `Communiqué piégé ${Date.now().toString(36)} ${ATTACK}`
const summary = `Résumé piégé ${ATTACK}`

let browser: Browser
let page: Page
let errors: string[]
let slug: string

beforeAll(async () => {
  const token = await apiLogIn('editor@passerelle.test')
  const created = await api<{ doc: { slug: string } }>('press-releases?locale=fr', {
    token,
    method: 'POST',
    body: { title, summary, _status: 'published' },
  })
  slug = created.doc.slug
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

/** Nothing the attack carries ran, and none of its elements exist in the page. */
async function expectInert(p: Page): Promise<void> {
  expect(await p.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
  expect(await p.locator('img[src="x"]').count()).toBe(0)
  // (Next's own inline scripts carry the text as data, inside JavaScript strings: not elements of the attack.)
  expect(
    await p
      .locator('script')
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === 'window.__xss=1').length),
  ).toBe(0)
}

test('the release page shows the markup as text and runs none of it', async () => {
  expect(slug).toMatch(/^communique-piege-[a-z0-9-]+$/)
  const response = await page.goto(`${baseURL()}/fr/news/${slug}`)
  expect(response?.status()).toBe(200)
  // Let an onerror handler have its chance (an image that fails to load fires it asynchronously).
  await page.waitForLoadState('load')
  await page.waitForTimeout(300)
  await expectInert(page)
  expect(await page.locator('main h1').textContent()).toBe(title)
  expect(await page.locator('main').textContent()).toContain(summary)
  expect(await page.title()).toContain(ATTACK)
  // The structured data keeps the text, JSON-escaped, inside its own script element.
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent()
  expect(jsonLd).not.toContain('</script>')
  expect((JSON.parse(jsonLd ?? '{}') as { headline?: string }).headline).toBe(title.slice(0, 110))
  expect(errors).toEqual([])
})

test('lists and search show it as text too', async () => {
  for (const path of ['/fr', '/fr/news', `/fr/search?q=${encodeURIComponent('piégé')}`]) {
    await page.goto(`${baseURL()}${path}`)
    await page.waitForLoadState('load')
    await expectInert(page)
    expect(await page.locator('main').textContent()).toContain(title)
  }
  expect(errors).toEqual([])
})
