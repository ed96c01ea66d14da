import { afterAll, beforeAll } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium'
import { keepLastPage } from './screenshots'

export const baseURL = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser suites with `npm run test:e2e`.')
  return url
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] })
}

export const DEMO_PASSWORD = 'passerelle-demo'

/** A page with timeouts for a loaded two-core machine (CI runs the build and the browser side by side). */
export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  { javaScriptEnabled = true } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, javaScriptEnabled })
  page.setDefaultTimeout(60_000)
  return page
}

/**
 * One browser for a test file: launched before its tests and closed after them, the last page it
 * opened first kept as a screenshot (tests/e2e/screenshots.ts). `open` gives a new page.
 */
export function browserForFile(): {
  open: (viewport?: { width: number; height: number }, options?: { javaScriptEnabled?: boolean }) => Promise<Page>
} {
  let browser: Browser | undefined
  let last: Page | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await keepLastPage(last)
    await browser?.close()
  })
  return {
    open: async (viewport, options) => {
      if (!browser) throw new Error('browserForFile: a page was asked for outside the tests')
      last = await newPage(browser, viewport, options)
      return last
    },
  }
}

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}

/** A logged-in user's token from Payload's REST login, for setting up data without the admin UI. */
export async function apiLogIn(email: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !body.token)
    throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

/** A REST call (`api('press-releases?locale=fr')`, the path after /api/) that throws on an error status, with Payload's message. */
export async function api<T>(
  path: string,
  options: { token?: string; method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${baseURL()}/api/${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} /api/${path}: ${response.status} ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** Uncaught script errors of a page, to assert that a journey ran clean. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return errors
}
