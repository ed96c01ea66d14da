/**
 * Security headers (next.config.ts → lib/security/headers.ts) on the site, the admin, the API and
 * uploaded files; the site and the admin's main views run under the Content Security Policy without
 * a single violation in the browser's console; an uploaded file missing from the disk answers 404.
 */
import { unlinkSync } from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { apiLogIn, baseURL, collectPageErrors, launchBrowser, logIn, newPage } from './browser'
import { keepLastPage } from './screenshots'
import { pathOf } from './sitePages'

let browser: Browser
let page: Page
let errors: string[]
let violations: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
  violations = []
  // Chromium reports each refused script, style, frame or connection on the console.
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

async function headersOf(address: string): Promise<{ status: number; headers: Headers }> {
  const response = await fetch(`${baseURL()}${address}`, { redirect: 'manual' })
  await response.arrayBuffer()
  return { status: response.status, headers: response.headers }
}

function expectCommonHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('permissions-policy')).toContain('camera=()')
  // The browser suite runs the production build.
  expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).not.toContain('unsafe-eval')
}

describe('headers', () => {
  test('site pages: every header; framed by the site itself only (Live Preview)', async () => {
    for (const address of ['/fr', await pathOf('fr', 'news detail'), '/ar/news/rss.xml', '/sitemap.xml']) {
      const { status, headers } = await headersOf(address)
      expect(status).toBe(200)
      expectCommonHeaders(headers)
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
  })

  test('the admin cannot be framed by anyone', async () => {
    for (const address of ['/admin', '/admin/login', '/admin/collections/press-releases']) {
      const { headers } = await headersOf(address)
      expectCommonHeaders(headers)
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(headers.get('x-frame-options')).toBe('DENY')
    }
  })

  test('the API, and uploaded files, with nosniff; a file missing from the disk answers 404', async () => {
    expectCommonHeaders((await headersOf('/api/press-releases?limit=1')).headers)
    const token = await apiLogIn('editor@passerelle.test')
    const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#0033a0' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `headers-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Un carré bleu' }))
    const created = await fetch(`${baseURL()}/api/media?locale=fr`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { filename: string; sizes: { card: { filename: string } } } }

    const file = await headersOf(`/api/media/file/${doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')

    // The server's media folder is the project's (the suite runs in the project folder).
    unlinkSync(path.resolve('media', doc.filename))
    const missing = await headersOf(`/api/media/file/${doc.filename}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    // Its other sizes are still there and served.
    expect((await headersOf(`/api/media/file/${doc.sizes.card.filename}`)).status).toBe(200)
    expect((await headersOf('/api/media/file/never-uploaded.png')).status).toBe(404)
  })
})

describe('no Content Security Policy violation', () => {
  test('on the site pages, in French and Arabic', async () => {
    for (const locale of ['fr', 'ar'] as const)
      for (const kind of ['home', 'news list', 'news detail', 'event detail', 'search', 'not found'] as const) {
        await page.goto(`${baseURL()}${await pathOf(locale, kind)}`)
        await page.waitForLoadState('load')
        // Hydration done: the language switcher is interactive.
        await page.locator('main h1').first().waitFor()
      }
    expect(violations).toEqual([])
    expect(errors).toEqual([])
  })

  test('on the admin’s main views, Live Preview included', async () => {
    await logIn(page, 'editor@passerelle.test')
    for (const view of [
      '/admin',
      '/admin/collections/press-releases',
      '/admin/collections/press-releases/create?locale=fr',
      '/admin/collections/media',
      '/admin/translations',
      '/admin/scheduled',
      '/admin/account',
    ]) {
      await page.goto(`${baseURL()}${view}`)
      await page.waitForLoadState('load')
      await page.locator('.template-default, .template-minimal').first().waitFor()
      await page.waitForTimeout(500)
    }
    // A published release with its Live Preview panel, which frames the site's page.
    const { docs } = (await (await fetch(`${baseURL()}/api/press-releases?locale=fr&limit=1&depth=0`)).json()) as {
      docs: { id: number }[]
    }
    await page.goto(`${baseURL()}/admin/collections/press-releases/${docs[0].id}?locale=fr`)
    await page.locator('#live-preview-toggler').click()
    // Attached, not visible: the panel may still be scaling the frame to its width.
    await page.frameLocator('#live-preview-iframe').locator('main h1').first().waitFor({ state: 'attached' })
    await page.waitForTimeout(1000)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
  })
})
