/**
 * No public page's first visit is replayed: `Critical-CH` (which makes Chromium restart a navigation
 * to send the colour-scheme hint, about 600 ms in Lighthouse) is the admin's alone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseURL, launchBrowser } from './browser'
import { sitePages } from './sitePages'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Every request the page's top frame makes for a document while `path` is opened in a fresh browser. */
async function firstVisit(path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents.push(request.url())
  })
  const response = await page.goto(`${baseURL()}${path}`, { timeout: 60_000 })
  const headers = (await response?.allHeaders()) ?? {}
  await context.close()
  return { status: response?.status(), documents, headers }
}

test.each(['/fr', '/ar', '/fr/news', 'news detail'])('%s: one navigation, no client-hint headers', async (which) => {
  const path = which === 'news detail' ? (await sitePages('fr'))['news detail'] : which
  const visit = await firstVisit(path)
  expect(visit.status).toBe(200)
  expect(visit.documents).toEqual([`${baseURL()}${path}`])
  expect(visit.headers['critical-ch']).toBeUndefined()
  expect(visit.headers['accept-ch']).toBeUndefined()
  expect(visit.headers.vary ?? '').not.toContain('Sec-CH-Prefers-Color-Scheme')
})

test('the admin still asks for the colour-scheme hint', async () => {
  const response = await fetch(`${baseURL()}/admin/login`)
  expect(response.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  expect(response.headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
})
