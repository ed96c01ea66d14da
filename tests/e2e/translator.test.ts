/**
 * A translator's day: open a published French press release in the admin in Arabic, write the
 * Arabic text, save — a translator's save of a published document publishes their language — and
 * the public Arabic page shows it right to left.
 */
import { tmpdir } from 'node:os'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { officeGazetteer } from '@/seed/gazetteer'

import { api, baseURL, collectPageErrors, launchBrowser, logIn, newPage } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

interface PressRelease {
  id: number
  title?: string | null
  slug?: string | null
  summary?: string | null
  sourceLocale?: string | null
  _status?: string | null
}

/** The oldest seeded release: the Chile–Colombia meeting on health and migration (2015). */
const arabic = {
  title: 'المنظمة الدولية للهجرة تدعم الاجتماع بين شيلي وكولومبيا بشأن الصحة والهجرة',
  city: 'سانتياغو',
  summary: 'اجتمع البلدان لإعداد برنامج ثنائي للصحة والهجرة.',
  body: 'عقدت شيلي وكولومبيا أول اجتماع ثنائي بينهما بشأن الصحة والهجرة بدعم من المنظمة الدولية للهجرة.',
}

test('a translator publishes the Arabic version of a French press release', async () => {
  // The oldest published French release (other journeys write new ones).
  const { docs } = await api<{ docs: PressRelease[] }>(
    'press-releases?locale=fr&sort=publishedDate&limit=1&depth=0&where[sourceLocale][equals]=fr',
  )
  const release = docs[0]
  expect(release?.title).toBeTruthy()

  await logIn(page, 'translator@passerelle.test')
  await page.goto(`${baseURL()}/admin/collections/press-releases/${release.id}?locale=ar`)
  const title = page.locator('#field-title')
  await title.waitFor()
  await title.fill(arabic.title)
  await page.locator('#field-dateline__city').fill(arabic.city)
  await page.locator('#field-summary').fill(arabic.summary)
  // The text (Lexical): the only rich-text field of a press release.
  const body = page.locator('.rich-text-lexical .ContentEditable__root')
  await body.click()
  await page.keyboard.type(arabic.body)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page
    .getByText(/updated successfully|published successfully/i)
    .first()
    .waitFor({ timeout: 30_000 })

  // Published in Arabic, under an Arabic-derived slug; the French text untouched.
  const saved = await api<PressRelease>(`press-releases/${release.id}?locale=ar&fallback-locale=none&depth=0`)
  expect(saved).toMatchObject({
    title: arabic.title,
    summary: arabic.summary,
    _status: 'published',
    sourceLocale: 'fr',
  })
  expect(saved.slug).toMatch(/^[a-z0-9-]+$/)
  expect(saved.slug).not.toBe(release.slug)
  const french = await api<PressRelease>(`press-releases/${release.id}?locale=fr&depth=0`)
  expect(french.title).toBe(release.title)

  // The public page: Arabic text, right to left, and no "not yet translated" notice.
  const visitor = await newPage(browser)
  const response = await visitor.goto(`${baseURL()}/ar/news/${saved.slug}`)
  expect(response?.status()).toBe(200)
  expect(await visitor.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'ar',
    'rtl',
  ])
  await expect(visitor.locator('main h1').textContent()).resolves.toBe(arabic.title)
  expect(await visitor.locator('main').textContent()).toContain(arabic.body)
  expect(await visitor.locator('main').textContent()).toContain(arabic.summary)
  expect(await visitor.locator('main .notice').count()).toBe(0)
  expect(await visitor.locator('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl')
  expect(await visitor.locator('main h1').evaluate((h1) => getComputedStyle(h1).direction)).toBe('rtl')

  // Right to left on screen: the organisation's name (the header's start) is at the right, the
  // language switcher at the left, and every line of the heading starts at its right edge.
  const brand = await visitor.locator('.site-header .brand').boundingBox()
  const languages = await visitor.locator('.site-header .languages').boundingBox()
  if (!brand || !languages) throw new Error('header not laid out')
  expect(brand.x).toBeGreaterThan(languages.x + languages.width)
  expect(brand.x + brand.width).toBeGreaterThan(640)
  const lines = await visitor.locator('main h1').evaluate((h1) => {
    const range = document.createRange()
    range.selectNodeContents(h1)
    const box = h1.getBoundingClientRect()
    const rights = new Map<number, number>()
    for (const rect of range.getClientRects())
      rights.set(Math.round(rect.top), Math.max(rights.get(Math.round(rect.top)) ?? 0, rect.right))
    return { right: box.right, left: box.left, lineRights: [...rights.values()] }
  })
  expect(lines.lineRights.length).toBeGreaterThan(0)
  for (const right of lines.lineRights) expect(Math.abs(right - lines.right)).toBeLessThan(2)

  // The French page links to the Arabic one in its language switcher.
  await visitor.goto(`${baseURL()}/fr/news/${release.slug}`)
  expect(await visitor.locator('.languages a[hreflang="ar"]').getAttribute('href')).toBe(`/ar/news/${saved.slug}`)
  await visitor.close()
  expect(errors).toEqual([])
})

test('in the Spanish admin, untranslated documents are named by their original title and language, never “Untitled”', async () => {
  const { docs } = await api<{ docs: PressRelease[] }>(
    'press-releases?locale=fr&sort=publishedDate&limit=1&depth=0&where[sourceLocale][equals]=fr',
  )
  const release = docs[0]
  const named = `${release.title} [FR]`
  // A browser of its own (browser.newPage opens a new context): the first journey's login stays there.
  const admin = await newPage(browser)
  const adminErrors = collectPageErrors(admin)
  await logIn(admin, 'translator@passerelle.test')

  // The list (a new user's default columns): the first column names every row.
  // 100 rows: the other journeys add releases, which can push the oldest off a first page of ten.
  await admin.goto(`${baseURL()}/admin/collections/press-releases?locale=es&limit=100`)
  await admin.locator('.table').waitFor()
  await expect(admin.locator('.table tbody').getByText(named, { exact: true }).count()).resolves.toBe(1)
  expect(
    await admin
      .locator('.table tbody')
      .getByText(/untitled|sin título/i)
      .count(),
  ).toBe(0)

  // The document's header, in Spanish, and what visitors see in each language after the Arabic publish.
  await admin.goto(`${baseURL()}/admin/collections/press-releases/${release.id}?locale=es`)
  await expect(admin.locator('.doc-header__title').textContent({ timeout: 30_000 })).resolves.toBe(named)
  const publication = admin.locator('.tr-publication li')
  await publication.first().waitFor()
  const states = Object.fromEntries(
    await publication.evaluateAll((items) =>
      items.map((li) => [li.getAttribute('data-locale'), li.getAttribute('data-publication')]),
    ),
  )
  expect(states).toEqual({ en: 'not-written', fr: 'published', es: 'not-written', ar: 'published' })

  await admin.screenshot({ path: `${tmpdir()}/passerelle-admin-es-document.png` })
  // 100 rows: the other journeys add releases, which can push the oldest off a first page of ten.
  await admin.goto(`${baseURL()}/admin/collections/press-releases?locale=es&limit=100`)
  await admin.locator('.table').waitFor()
  await admin.screenshot({ path: `${tmpdir()}/passerelle-admin-es-list.png` })

  // A relationship picker (shared fields are read-only to translators: an editor working in Spanish):
  // the seeded offices are named in Spanish (reference data, translated from the start); an office not
  // translated would be named in its own language, tagged (tests/int/adminTitle.test.ts).
  const editor = await newPage(browser)
  await logIn(editor, 'editor@passerelle.test')
  // A new release (no other journey holds it open), its form in Spanish.
  await editor.goto(`${baseURL()}/admin/collections/press-releases/create?locale=es`)
  await editor.locator('#field-offices').click()
  const options = editor.locator('.rs__option')
  await options.first().waitFor()
  const labels = await options.allTextContents()
  const seededSpanish = officeGazetteer.map((office) => office.name.es)
  expect(labels.filter((label) => seededSpanish.includes(label)).length).toBeGreaterThan(0)
  const seededFrench = officeGazetteer.filter((o) => o.name.fr !== o.name.es).map((office) => office.name.fr)
  for (const label of labels) expect(seededFrench.some((fr) => label.startsWith(fr))).toBe(false)
  await editor.close()
  expect(adminErrors).toEqual([])
  await admin.close()
})
