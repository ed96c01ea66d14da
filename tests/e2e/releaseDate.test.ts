/**
 * A press release's date is the date where it is issued: an editor in Bangkok dates a Lima release
 * 26 November, 21:00 (Lima time, 02:00 UTC on the 27th), and the site prints 26 November.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'

import { api, baseURL, DEMO_PASSWORD, launchBrowser } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page
const errors: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  const context = await browser.newContext({
    timezoneId: 'Asia/Bangkok',
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  page.on('pageerror', (error) => errors.push(error.message))
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

async function choose(field: Locator, typed: string, option: string | RegExp): Promise<void> {
  await field.locator('.rs__control').click()
  await page.keyboard.type(typed)
  await field.locator('.rs__option', { hasText: option }).first().click()
}

test('an editor in Bangkok dates a Lima release in Lima time; the site prints the Lima date', async () => {
  const title = `Communiqué de Lima ${Date.now()}`
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', 'editor@passerelle.test')
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

  await page.goto(`${baseURL()}/admin/collections/press-releases/create?locale=fr`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Un communiqué émis à Lima.')
  // The issuing office brings its zone to the publication date beside it.
  await choose(page.locator('#field-dateline__office'), 'Pérou', 'OIM Pérou')
  const zone = page.locator('#field-timeZone .rs__single-value')
  const started = Date.now()
  while ((await zone.textContent()) !== 'America/Lima' && Date.now() - started < 20_000) await page.waitForTimeout(250)
  expect(await zone.textContent()).toBe('America/Lima')
  const date = page.locator('#field-publishedDate input')
  await date.fill('26 Nov 2019, 21:00')
  await date.press('Escape')
  expect(await date.inputValue()).toBe('26 Nov 2019, 21:00')
  await page.screenshot({ path: path.join(tmpdir(), 'passerelle-e2e-event-times', 'admin-release-date.png') })

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.getByText('Published', { exact: true }).first().waitFor({ timeout: 20_000 })
  const { docs } = await api<{ docs: { slug: string; publishedDate: string; timeZone: string }[] }>(
    `press-releases?locale=fr&depth=0&where[title][equals]=${encodeURIComponent(title)}`,
  )
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ publishedDate: '2019-11-27T02:00:00.000Z', timeZone: 'America/Lima' })

  await page.goto(`${baseURL()}/fr/news/${docs[0].slug}`)
  expect(await page.locator('main time').first().textContent()).toBe('26 novembre 2019')
  expect(errors).toEqual([])
})
