/**
 * An editor's front door and the addresses they change: a published release's slug changed in the
 * admin answers a permanent redirect from the old address in each language; a redirect made by hand
 * works; the Versions tab names who saved; the dashboard's counts move after a publish and its last
 * change names the editor; the navigation opens the Translations and Scheduled screens; a new
 * editor's admin opens in the content's language. Screenshots of the dashboard in French and Arabic.
 */
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { PressRelease } from '../../payload-types'
import { api, apiLogIn, baseURL, collectPageErrors, DEMO_PASSWORD, launchBrowser, logIn, newPage } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page
let errors: string[]
let editorToken: string
const token = Date.now().toString(36)
const EDITOR_NAME = 'Édith Editor'

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
  editorToken = await apiLogIn('editor@passerelle.test')
  await logIn(page, 'editor@passerelle.test')
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

/**
 * Where an address sends a visitor, without following it: whether the redirect is permanent (301, or
 * 308, which Next's permanentRedirect answers: permanent too, method kept) and where to. Next 16.4
 * sends the Location header twice, the same value (fetch joins them with ", "): one address.
 */
async function redirectOf(address: string): Promise<{ permanent: boolean; location: string | null }> {
  const response = await fetch(`${baseURL()}${address}`, { redirect: 'manual' })
  const locations = [...new Set(response.headers.get('location')?.split(', ') ?? [])]
  return {
    permanent: [301, 308].includes(response.status),
    location: locations.length === 1 ? locations[0] : locations.join(', ') || null,
  }
}

const permanent = (location: string) => ({ permanent: true, location })

async function publishedRelease(title: string): Promise<PressRelease> {
  const { doc } = await api<{ doc: PressRelease }>('press-releases?locale=fr', {
    token: editorToken,
    method: 'POST',
    body: { title, summary: `Résumé de ${title}.`, _status: 'published', publishedDate: new Date().toISOString() },
  })
  return doc
}

/** Changes the slug in the admin's form, in one language, and publishes. */
async function changeSlugInAdmin(id: number, locale: string, slug: string): Promise<void> {
  await page.goto(`${baseURL()}/admin/collections/press-releases/${id}?locale=${locale}`)
  const field = page.locator('#field-slug')
  await field.waitFor()
  await field.fill(slug)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page
    .getByText(/updated successfully|published successfully/i)
    .first()
    .waitFor({ timeout: 30_000 })
}

test('a published release whose slug changes keeps its old address, in each language', async () => {
  const release = await publishedRelease(`Adresse changée ${token}`)
  const oldFr = release.slug as string
  await api(`press-releases/${release.id}?locale=es`, {
    token: editorToken,
    method: 'PATCH',
    body: { title: `Dirección cambiada ${token}`, _status: 'published' },
  })
  const { slug: oldEs } = await api<PressRelease>(`press-releases/${release.id}?locale=es&depth=0`)
  expect((await fetch(`${baseURL()}/fr/news/${oldFr}`)).status).toBe(200)

  await changeSlugInAdmin(release.id, 'fr', `nouvelle-adresse-${token}`)
  await changeSlugInAdmin(release.id, 'es', `nueva-direccion-${token}`)

  // French, and English and Arabic, which show the French original under its slug.
  for (const locale of ['fr', 'en', 'ar'])
    expect(await redirectOf(`/${locale}/news/${oldFr}`)).toEqual(permanent(`/${locale}/news/nouvelle-adresse-${token}`))
  expect(await redirectOf(`/es/news/${oldEs}`)).toEqual(permanent(`/es/news/nueva-direccion-${token}`))
  // And the visitor lands on the page.
  const landed = await fetch(`${baseURL()}/fr/news/${oldFr}`)
  expect(landed.status).toBe(200)
  expect(landed.url).toBe(`${baseURL()}/fr/news/nouvelle-adresse-${token}`)

  // Changed once more: the first address goes straight to the newest (no chain).
  await changeSlugInAdmin(release.id, 'fr', `troisieme-adresse-${token}`)
  expect(await redirectOf(`/fr/news/${oldFr}`)).toEqual(permanent(`/fr/news/troisieme-adresse-${token}`))
  expect(errors).toEqual([])
})

test('an editor adds a redirect by hand', async () => {
  const release = await publishedRelease(`Cible d’une redirection ${token}`)
  const from = `/fr/ancienne-campagne-${token}`
  expect((await fetch(`${baseURL()}${from}`)).status).toBe(404)

  await page.goto(`${baseURL()}/admin/collections/redirects/create`)
  await page.locator('#field-from').fill(`${baseURL()}${from}/`)
  // The admin asks its server which fields show after each change: chosen while the answer for the
  // typed address was on its way (a clean-clone run, loaded machine), the radio was checked but the
  // late answer kept the document field shown for a minute. An editor reads the form between the two.
  await page.waitForLoadState('networkidle')
  await page.getByText('Another address', { exact: true }).click()
  await page.locator('#field-to__address').fill(`/fr/news/${release.slug}`)
  await page.getByRole('button', { name: 'Save' }).click()
  await page
    .getByText(/successfully/i)
    .first()
    .waitFor({ timeout: 30_000 })

  expect(await redirectOf(from)).toEqual(permanent(`/fr/news/${release.slug}`))
  expect(errors).toEqual([])
})

test('the Versions tab names who saved each version', async () => {
  const release = await publishedRelease(`Qui a enregistré ${token}`)
  await changeSlugInAdmin(release.id, 'fr', `qui-a-enregistre-modifie-${token}`)
  await page.goto(`${baseURL()}/admin/collections/press-releases/${release.id}/versions`)
  const table = page.locator('.version-history table')
  await table.waitFor()
  await expect(table.locator('thead').textContent()).resolves.toContain('Saved by')
  const authors = await table.locator('tbody tr td:nth-child(3)').allTextContents()
  expect(authors.length).toBeGreaterThanOrEqual(2)
  expect(authors.every((name) => name === EDITOR_NAME)).toBe(true)
  expect(errors).toEqual([])
})

test('the dashboard counts what a publish changes and names who made the last change', async () => {
  const publishedCount = async () => {
    await page.goto(`${baseURL()}/admin`)
    const cell = page.locator(
      '[data-testid="dashboard-counts"] tr[data-collection="press-releases"] [data-count="published"]',
    )
    return Number(await cell.textContent())
  }
  const before = await publishedCount()
  const title = `Sur le tableau de bord ${token}`
  await publishedRelease(title)
  expect(await publishedCount()).toBe(before + 1)

  const last = page.locator('[data-testid="dashboard-recent"] li').first()
  await expect(last.locator('a').textContent()).resolves.toBe(title)
  await expect(last.locator('.ed-author').textContent()).resolves.toBe(EDITOR_NAME)
  // Each language's gaps link into the Translations screen, filtered.
  await expect(
    page.locator('[data-testid="dashboard-languages"] a[href="/admin/translations?locale=es&status=missing"]').count(),
  ).resolves.toBe(1)
  const ms = await page.locator('.ed-dashboard').getAttribute('data-server-ms')
  console.log(`e2e: dashboard data read in ${ms} ms on the server`)
  expect(errors).toEqual([])
})

test('the navigation opens the Translations and Scheduled screens, without expanding anything', async () => {
  for (const [name, address] of [
    ['Translations', '/admin/translations'],
    ['Scheduled', '/admin/scheduled'],
  ]) {
    await page.goto(`${baseURL()}/admin/collections/press-releases`)
    // In the header of every screen (the navigation drawer, closed below 1440 px, has them too).
    const link = page.locator('nav.tr-header-links').getByRole('link', { name, exact: true })
    expect(await link.isVisible()).toBe(true)
    await link.click()
    await page.waitForURL(`${baseURL()}${address}`)
    await expect(page.getByRole('heading', { level: 1, name }).isVisible()).resolves.toBe(true)
  }
  expect(errors).toEqual([])
})

test('a new editor’s admin opens in the content’s language, with every row named', async () => {
  const adminToken = await apiLogIn('admin@passerelle.test')
  const email = `new-editor-${token}@passerelle.test`
  await api('users', {
    token: adminToken,
    method: 'POST',
    body: { name: 'Nouvelle Rédactrice', email, password: DEMO_PASSWORD, role: 'editor' },
  })
  const newcomer = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
  newcomer.setDefaultTimeout(60_000)
  const newcomerErrors = collectPageErrors(newcomer)
  await logIn(newcomer, email)
  await newcomer.goto(`${baseURL()}/admin/collections/press-releases`)
  await newcomer.locator('.table').waitFor()
  const rows = newcomer.locator('.table tbody tr')
  expect(await rows.count()).toBeGreaterThan(0)
  const list = (await newcomer.locator('.table tbody').textContent()) ?? ''
  expect(list).not.toMatch(/<No Title>|<Sans titre>|\[FR\]/)
  // The French admin, and French content (the locale menu).
  await expect(newcomer.locator('html').getAttribute('lang')).resolves.toBe('fr')
  await expect(newcomer.locator('.localizer').textContent()).resolves.toMatch(/Français/)
  expect(newcomerErrors).toEqual([])
  await newcomer.close()
})

test('screenshots: the dashboard in French and Arabic, on a phone and a desktop', async () => {
  const folder = path.join(tmpdir(), 'passerelle-e2e-dashboard')
  mkdirSync(folder, { recursive: true })
  for (const locale of ['fr', 'ar'])
    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [1280, 900, 'desktop'],
    ] as const) {
      const view = await browser.newPage({ viewport: { width, height }, locale })
      view.setDefaultTimeout(60_000)
      await logIn(view, 'editor@passerelle.test')
      await view.goto(`${baseURL()}/admin`)
      await view.locator('.ed-dashboard').waitFor()
      await expect(view.locator('html').getAttribute('lang')).resolves.toBe(locale)
      // The dashboard and the header's links stay within the screen: the tables scroll inside their panels.
      for (const selector of ['.ed-dashboard', '.tr-header-links']) {
        const box = await view.locator(selector).boundingBox()
        expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true)
      }
      const overflow = await view.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      console.log(`e2e: dashboard ${locale} ${name}: the page is ${overflow} px wider than the screen`)
      const file = path.join(folder, `dashboard-${locale}-${name}.png`)
      await view.screenshot({ path: file, fullPage: true })
      console.log(`e2e: ${file}`)
      await view.close()
    }
})
