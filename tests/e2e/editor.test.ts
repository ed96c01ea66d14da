/** An editor's day: log in, write a press release in French with an image, publish it. */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { baseURL, launchBrowser, logIn, newPage } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page
const errors: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('response', async (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      errors.push(
        `${response.status()} ${response.request().method()} ${response.url()}: ${(await response.text()).slice(0, 300)}`,
      )
  })
})
// On failure, what the browser showed (the path is printed) is there for the person reading the log.
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

test('an editor publishes a French press release with an image', async () => {
  const token = String(Date.now())
  const title = `Visite du bureau de Dakar ${token}`
  // Searched once before it exists: the site keeps recent results, and a publish must not find them still.
  const search = `${baseURL()}/fr/search?q=${token}`
  const beforeSearch = await fetch(search)
  expect(beforeSearch.status).toBe(200)
  // The result links to the release's page (its title is shown with the searched word marked).
  const found = `href="/fr/news/visite-du-bureau-de-dakar-${token}"`
  expect(await beforeSearch.text()).not.toContain(found)
  const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0033a0' } })
    .jpeg()
    .toBuffer()

  await logIn(page, 'editor@passerelle.test')
  await page.goto(`${baseURL()}/admin/collections/press-releases/create?locale=fr`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Une délégation a visité le bureau régional de Dakar.')

  // The main image: upload a new one from the field's drawer, with its alternative text.
  await page.locator('#field-heroImage').getByRole('button', { name: 'Create New' }).click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles({ name: 'dakar.jpg', mimeType: 'image/jpeg', buffer: image })
  await drawer.locator('#field-alt').fill('Le bureau régional de Dakar')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await page.locator('#field-heroImage').getByText(/dakar/i).first().waitFor({ timeout: 15_000 })

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page
    .getByText('Published', { exact: true })
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined)
  expect(errors).toEqual([])

  type Found = { slug: string; _status: string; heroImage: { alt: string; sizes: { card: { mimeType: string } } } }
  const response = await fetch(
    `${baseURL()}/api/press-releases?locale=fr&where[title][equals]=${encodeURIComponent(title)}&depth=1`,
  )
  const { docs } = (await response.json()) as { docs: Found[] }
  expect(docs).toHaveLength(1)
  expect(docs[0]._status).toBe('published')
  expect(docs[0].heroImage.alt).toBe('Le bureau régional de Dakar')
  expect(docs[0].heroImage.sizes.card.mimeType).toBe('image/webp')
  expect(await (await fetch(search)).text()).toContain(found)
  expect(errors).toEqual([])
})
