/**
 * The site header on a phone (360 × 740): one short row — the mark and short name, then search,
 * languages and menu behind buttons — so that the page's content starts in the first screen. Each
 * button opens its panel with a click, the keyboard or no script at all, in French and in Arabic
 * (right to left); on a desktop nothing is folded.
 */
import { tmpdir } from 'node:os'

import { describe, expect, test } from '@jest/globals'

import { sectionHref } from '@/lib/site/routes'

import { api, apiLogIn, baseURL, collectPageErrors, browserForFile } from './browser'

const PHONE = { width: 360, height: 740 }
const browser = browserForFile()

describe.each(['fr', 'ar'] as const)('/%s on a phone', (locale) => {
  test('the header is one row of at most 120 px, with the content’s heading in the first screen', async () => {
    const page = await browser.open(PHONE)
    const errors = collectPageErrors(page)
    await page.goto(`${baseURL()}/${locale}/news`)
    await page.screenshot({ path: `${tmpdir()}/passerelle-phone-header-${locale}.png` })
    const header = await page.locator('.site-header').boundingBox()
    console.log(`e2e: phone header /${locale}: ${header?.height} px`)
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(120)
    const heading = await page.locator('main h1').boundingBox()
    expect((heading?.y ?? Infinity) + (heading?.height ?? 0)).toBeLessThan(PHONE.height / 2)
    // Folded: no search field, language list or menu entry on screen until asked for.
    for (const folded of ['#site-search-q', '.languages a[hreflang="es"]', '.main-nav > ul > li > a'])
      await expect(page.locator(folded).first().isVisible()).resolves.toBe(false)
    // Right to left, the mark is at the right and the buttons at the left.
    const brand = await page.locator('.site-header .brand').boundingBox()
    const menu = await page.locator('.nav-toggle > summary').boundingBox()
    if (!brand || !menu) throw new Error('header not laid out')
    if (locale === 'ar') expect(brand.x).toBeGreaterThan(menu.x + menu.width)
    else expect(menu.x).toBeGreaterThan(brand.x + brand.width)
    // The short name is drawn whole, clear of the buttons (its text, not only its box).
    const name = await page.locator('.brand-short').boundingBox()
    const tools = await page.locator('.site-header .tools').boundingBox()
    if (!name || !tools) throw new Error('header not laid out')
    if (locale === 'ar') expect(name.x).toBeGreaterThanOrEqual(tools.x + tools.width)
    else expect(tools.x).toBeGreaterThanOrEqual(name.x + name.width)
    // Every button is a full target (WCAG 2.5.8 asks 24 px; these are 44).
    for (const summary of await page.locator('.site-header .fold > summary').all())
      expect((await summary.boundingBox())?.height).toBeGreaterThanOrEqual(44)
    expect(errors).toEqual([])
  })

  test('the language button opens the list with the keyboard, and one panel is open at a time', async () => {
    const page = await browser.open(PHONE)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`${baseURL()}/${locale}/news`)
    const languagesButton = page.locator('.fold-languages > summary')
    await expect(languagesButton.textContent()).resolves.toContain(locale.toUpperCase())
    await languagesButton.focus()
    await page.keyboard.press('Enter')
    const other = locale === 'fr' ? 'ar' : 'fr'
    await expect(page.locator(`.languages a[hreflang="${other}"]`).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${tmpdir()}/passerelle-phone-languages-${locale}.png` })
    // Opening the search closes the languages.
    await page.locator('.fold-search > summary').click()
    await expect(page.locator('#site-search-q').isVisible()).resolves.toBe(true)
    await expect(page.locator(`.languages a[hreflang="${other}"]`).isVisible()).resolves.toBe(false)
    await languagesButton.focus()
    await page.keyboard.press('Enter')
    // The current language first, then the others, in the page's order.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((l) => document.activeElement?.getAttribute('hreflang') === l, other)) break
    }
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`/${other}/`)), page.keyboard.press('Enter')])
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(other)
  })

  test('without script, search and the menu open from their buttons', async () => {
    const page = await browser.open(PHONE, { javaScriptEnabled: false })
    await page.goto(`${baseURL()}/${locale}`)
    await page.locator('.fold-search > summary').click()
    await page.locator('#site-search-q').fill('migration')
    await Promise.all([
      page.waitForURL((url) => url.pathname === sectionHref('search', locale)),
      page.locator('#site-search-q').press('Enter'),
    ])
    await page.locator('.nav-toggle > summary').click()
    await expect(page.locator('.main-nav > ul > li > a').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${tmpdir()}/passerelle-phone-menu-${locale}.png` })
  })
})

test('on a desktop nothing is folded: search, languages and menu are shown, their buttons are not', async () => {
  const page = await browser.open()
  await page.goto(`${baseURL()}/fr`)
  await expect(page.locator('#site-search-q').isVisible()).resolves.toBe(true)
  await expect(page.locator('.languages a[hreflang="ar"]').isVisible()).resolves.toBe(true)
  await expect(page.locator('.main-nav > ul > li > a').first().isVisible()).resolves.toBe(true)
  for (const summary of await page.locator('.site-header .fold > summary').all())
    await expect(summary.isVisible()).resolves.toBe(false)
})

test('a title with a long unbroken word (an address, a code) wraps: no page is wider than a phone', async () => {
  const token = await apiLogIn('editor@passerelle.test')
  const word = `https://www.example.org/rapports/2026/migration-et-sante-${Date.now()}-version-definitive.pdf`
  const { doc } = await api<{ doc: { slug: string } }>('press-releases?locale=fr', {
    token,
    method: 'POST',
    body: { title: `Rapport ${word}`, summary: word, publishedDate: new Date().toISOString(), _status: 'published' },
  })
  const page = await browser.open(PHONE)
  for (const path of ['/fr/news', `/fr/news/${doc.slug}`, '/ar/news']) {
    await page.goto(`${baseURL()}${path}`)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect({ path, width }).toEqual({ path, width: PHONE.width })
  }
})
