import { chromium, type Browser, type Page } from 'playwright-core'

/** The flags this machine's Chromium needs headless (no sandbox as root, no calls home). */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export const baseURL = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser suites with `npm run test:e2e`.')
  return url
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS })
}

export const DEMO_PASSWORD = 'passerelle-demo'

/** A page with timeouts for a loaded two-core machine (CI runs the build and the browser side by side). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  page.setDefaultTimeout(60_000)
  return page
}

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}
