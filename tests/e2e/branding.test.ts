/**
 * The organisation's look as a visitor and an editor meet it: the icons and web manifest a browser
 * asks for, pages that load without a console error, the demo content's pictures with their alt text
 * in each language, the dateline opening the first paragraph, the news filters folded on a phone
 * (without script), and the admin's login carrying the organisation's mark and name.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { localeCodes, type LocaleCode } from '@/lib/i18n/locales'
import { illustrations } from '@/seed/illustrations'

import { baseURL, launchBrowser } from './browser'
import { keepLastPage } from './screenshots'
import { sitePages } from './sitePages'
import { uiText } from './uiText'

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

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

async function open(viewport = DESKTOP, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return page
}

/** The address of a seeded press release in `locale`, found by its French slug through REST. */
async function releaseAddress(locale: LocaleCode, frenchTitleStart: string): Promise<string> {
  const query = new URLSearchParams({
    locale: 'fr',
    depth: '0',
    limit: '1',
    'where[title][like]': frenchTitleStart,
  })
  const found = (await (await fetch(`${baseURL()}/api/press-releases?${query}`)).json()) as {
    docs: { id: number; slug: string }[]
  }
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error(`no press release titled "${frenchTitleStart}…"`)
  const inLocale = (await (
    await fetch(`${baseURL()}/api/press-releases/${id}?locale=${locale}&fallback-locale=fr&depth=0`)
  ).json()) as { slug: string }
  return `/${locale}/news/${inLocale.slug}`
}

describe('icons and web manifest', () => {
  test.each([
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ])('%s answers 200 as %s', async (path, type) => {
    const response = await fetch(`${baseURL()}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain(type)
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })

  test('the manifest names the organisation and lists icons that answer with their declared type', async () => {
    const manifest = (await (await fetch(`${baseURL()}/manifest.webmanifest`)).json()) as {
      name: string
      short_name: string
      theme_color: string
      icons: { src: string; type: string }[]
    }
    expect(manifest.name).toBe('International Organization for Migration')
    expect(manifest.short_name).toBe('IOM')
    expect(manifest.theme_color).toBe('#0033a0')
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2)
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, baseURL()))
      expect([icon.src, response.status]).toEqual([icon.src, 200])
      expect(response.headers.get('content-type')).toContain(icon.type)
    }
  })

  test('every public page links the icons and the manifest', async () => {
    const html = await (await fetch(`${baseURL()}/ar/news`)).text()
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.ico[^"]*"[^>]*type="image\/x-icon"/)
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"[^>]*type="image\/svg\+xml"/)
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png[^"]*"/)
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/)
  })
})

describe('no console error', () => {
  test.each(['fr', 'ar'] as const)('home, news, a press release, a programme and search in %s', async (locale) => {
    const p = await open(PHONE)
    const problems: string[] = []
    p.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${p.url()}: ${message.text()}`)
    })
    p.on('pageerror', (error) => problems.push(`${p.url()}: ${error.message}`))
    p.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    const pages = await sitePages(locale)
    for (const kind of ['home', 'news list', 'news detail', 'programme detail', 'search'] as const) {
      await p.goto(`${baseURL()}${pages[kind]}`, { waitUntil: 'load' })
      // Lazy images below the fold load too.
      await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await p.waitForLoadState('networkidle')
    }
    expect(problems).toEqual([])
  })
})

describe('pictures of the demo content', () => {
  const council = illustrations.find((i) => i.art === 'council-chamber')
  if (!council) throw new Error('no council-chamber illustration in the seed')

  test.each(localeCodes)(
    'the council release shows its picture in %s: alt text in the language, a collection size, loaded first',
    async (locale) => {
      const p = await open(PHONE)
      await p.goto(`${baseURL()}${await releaseAddress(locale, 'L’Organisation internationale pour les')}`)
      const image = p.locator('article .picture img')
      await expect(image.getAttribute('alt')).resolves.toBe(council.alt[locale])
      expect(await image.getAttribute('lang')).toBeNull()
      // The LCP image: not lazy, fetched first (and preloaded from the head); the browser picks among
      // the collection's WebP sizes.
      expect(await image.getAttribute('loading')).not.toBe('lazy')
      expect(await image.getAttribute('fetchpriority')).toBe('high')
      expect(await p.locator('head link[rel="preload"][as="image"]').getAttribute('imagesrcset')).toBe(
        await image.getAttribute('srcset'),
      )
      expect(await image.getAttribute('sizes')).toBe('(min-width: 44rem) 42rem, calc(100vw - 2rem)')
      const srcset = (await image.getAttribute('srcset')) ?? ''
      expect(srcset.split(', ').map((c) => c.split(' ')[1])).toEqual(['768w', '1600w'])
      await p.waitForFunction((img) => (img as HTMLImageElement).complete, await image.elementHandle())
      const loaded = await image.evaluate((img: HTMLImageElement) => ({
        width: img.naturalWidth,
        src: img.currentSrc,
      }))
      expect(loaded.width).toBeGreaterThan(0)
      expect(loaded.src).toMatch(/\/api\/media\/file\/illustration-council-chamber[^/]*-768x432\.webp$/)
    },
  )

  test('each seeded release and programme has its picture, with alt text in all four languages', async () => {
    for (const illustration of illustrations) {
      const query = new URLSearchParams({
        locale: 'all',
        depth: '0',
        limit: '1',
        'where[filename][like]': `illustration-${illustration.art}`,
      })
      const media = (await (await fetch(`${baseURL()}/api/media?${query}`)).json()) as {
        docs: { id: number; alt: Record<string, string>; filesize: number; url: string }[]
      }
      const doc = media.docs[0]
      expect(doc?.alt).toEqual(illustration.alt)
      // Shipped small: the upload, before the sizes sharp makes from it.
      expect(doc.filesize).toBeLessThanOrEqual(150 * 1024)
      const file = await fetch(new URL(doc.url, baseURL()))
      expect(file.status).toBe(200)
    }
  })
})

describe('the dateline', () => {
  test('opens the first paragraph of the text ("Genève – Le Directeur général …")', async () => {
    const p = await open(DESKTOP)
    await p.goto(`${baseURL()}${await releaseAddress('fr', 'L’Organisation internationale pour les')}`)
    const first = p.locator('article .prose p').first()
    const text = (await first.textContent()) ?? ''
    expect(text).toMatch(/^Genève – Le Directeur général de l’OIM/)
    await expect(first.locator('.dateline-lead').textContent()).resolves.toBe('Genève –')
    // Shown in capitals, on the same line as the text that follows it.
    expect(await first.locator('.dateline-lead').evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase')
    expect(await first.locator('.dateline-lead').evaluate((el) => getComputedStyle(el).display)).toBe('inline')
    expect(await p.locator('article .prose > p').count()).toBe(10)
  })
})

describe('news filters on a phone', () => {
  test('fold behind a toggle without script, the first result above the fold; open, they filter', async () => {
    const p = await open(PHONE, false)
    await p.goto(`${baseURL()}/fr/news`)
    const toggle = p.locator('details.filters-toggle > summary')
    await expect(toggle.textContent()).resolves.toBe(uiText('fr', 'news.filtersToggle'))
    expect(await p.locator('#filter-year').isVisible()).toBe(false)
    const firstResult = await p.locator('main .card').first().boundingBox()
    expect(firstResult).not.toBeNull()
    expect((firstResult?.y ?? Infinity) + 40).toBeLessThan(PHONE.height)

    await toggle.click()
    expect(await p.locator('#filter-year').isVisible()).toBe(true)
    await p.selectOption('#filter-year', '2015')
    await p.locator('form.filters button[type="submit"]').click()
    await p.waitForURL(/\/news\/year\/2015$/)
    expect(await p.locator('main .card').count()).toBe(1)
    await expect(p.locator('details.filters-toggle > summary').textContent()).resolves.toBe(
      `${uiText('fr', 'news.filtersToggle')} · Filtres actifs : 1`,
    )
  })

  test('are shown open on a desktop, with no toggle', async () => {
    const p = await open(DESKTOP, false)
    await p.goto(`${baseURL()}/ar/news`)
    expect(await p.locator('#filter-year').isVisible()).toBe(true)
    expect(await p.locator('details.filters-toggle > summary').isVisible()).toBe(false)
  })
})

describe('the admin', () => {
  test("the login page carries the organisation's mark and name and its icons, not Payload's", async () => {
    const p = await open(DESKTOP)
    await p.goto(`${baseURL()}/admin/login`)
    const logo = p.locator('.brand-logo')
    await expect(logo.locator('.brand-logo__name').textContent()).resolves.toBe(
      'International Organization for Migration',
    )
    expect(await logo.locator('svg').count()).toBe(1)
    const icons = await p.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(icons.length).toBeGreaterThan(0)
    for (const href of icons) expect(href).toMatch(/^\/(icon\.svg|favicon\.ico)/)
    const primary = await p
      .locator('button[type="submit"]')
      .evaluate((button) => getComputedStyle(button).backgroundColor)
    expect(primary).toBe('rgb(0, 51, 160)')
  })
})
