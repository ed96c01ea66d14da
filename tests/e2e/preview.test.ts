/**
 * An editor previews drafts the way Payload editors expect: the admin's Preview button opens the
 * latest draft on its real page, under a "not published" bar; the Live Preview panel shows it beside
 * the form and follows each autosave. Meanwhile visitors — a fresh browser, no cookies — get the
 * published page, or the 404 for a draft never published, and nothing of a preview is cacheable.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, collectPageErrors, launchBrowser, logIn } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let editor: BrowserContext
let page: Page
let errors: string[]
let editorToken: string
let fixtureId: number
const token = Date.now().toString(36)

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  editor.setDefaultTimeout(60_000)
  page = await editor.newPage()
  errors = collectPageErrors(page)
  editorToken = await apiLogIn('editor@passerelle.test')
  // A published French release of its own: the suites share one database and run in any order, so
  // "the newest release" may be one another journey left in a state of its own.
  const { doc } = await api<{ doc: PressRelease }>('press-releases?locale=fr', {
    token: editorToken,
    method: 'POST',
    body: {
      // Not `token`, which marks what only drafts hold.
      title: `Communiqué à prévisualiser ${Date.now().toString(16)}`,
      summary: 'Un communiqué publié, que l’éditeur modifie et prévisualise.',
      publishedDate: new Date().toISOString(),
      _status: 'published',
    },
  })
  fixtureId = doc.id
  await logIn(page, 'editor@passerelle.test')
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

interface PressRelease {
  id: number
  title: string
  slug: string
  summary?: string | null
  _status?: string
}

/** What someone with no cookies gets at `url`: a fresh browser context, as a new visitor. */
async function asVisitor(
  url: string,
): Promise<{ status: number; cacheControl: string; h1: string; previewBar: number; html: string }> {
  const context = await browser.newContext()
  try {
    const visitor = await context.newPage()
    const response = await visitor.goto(url)
    return {
      status: response?.status() ?? 0,
      cacheControl: (await response?.headerValue('cache-control')) ?? '',
      h1: (await visitor.locator('h1').first().textContent()) ?? '',
      previewBar: await visitor.locator('.preview-bar').count(),
      html: await visitor.content(),
    }
  } finally {
    await context.close()
  }
}

/** The latest saved version of a release in French, drafts included (the editor's REST view). */
const latestDraft = (id: number) =>
  api<PressRelease>(`press-releases/${id}?locale=fr&draft=true&depth=0`, { token: editorToken })

/** Waits until an autosave has stored what `check` expects. */
async function autosaved(id: number, check: (doc: PressRelease) => boolean): Promise<PressRelease> {
  for (let i = 0; i < 60; i++) {
    const doc = await latestDraft(id)
    if (check(doc)) return doc
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`press release ${id}: the autosave never came`)
}

/** Clicks the admin's Preview button (it opens a new tab) and returns that tab once the page is there. */
async function clickPreview(): Promise<Page> {
  const button = page.locator('#preview-button')
  await button.waitFor()
  const [tab] = await Promise.all([editor.waitForEvent('page'), button.click()])
  await tab.waitForLoadState()
  collectPageErrors(tab).forEach((error) => errors.push(error))
  return tab
}

/** The response headers of a preview page, asked again in the editor's session (same cookies). */
async function previewHeaders(url: string): Promise<Record<string, string>> {
  const response = await editor.request.get(url)
  return response.headers()
}

const screenshotDir = path.join(tmpdir(), 'passerelle-preview')

/**
 * The files of the server's caches (Next's data cache, and the pages it keeps) that contain `text`:
 * what a later visitor's request could be answered from. The server runs from this folder (scripts/e2e.mjs).
 */
function cachedFilesContaining(text: string): string[] {
  const found: string[] = []
  const walk = (dir: string, all: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file, all)
      else if ((all || /\.(html|rsc|meta|body)$/.test(entry.name)) && readFileSync(file, 'utf8').includes(text))
        found.push(file)
    }
  }
  walk(path.join('.next', 'cache', 'fetch-cache'), true)
  walk(path.join('.next', 'server', 'app'), false)
  return found
}

/** axe-core's WCAG 2.2 AA violations inside the preview bar (the rest of the page is tests/e2e/a11y.test.ts's). */
async function previewBarViolations(tab: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await tab.addScriptTag({ content: source })
  return tab.evaluate(async () => {
    type Axe = { run: (context: string, options: object) => Promise<{ violations: { id: string; help: string }[] }> }
    const { violations } = await (window as unknown as { axe: Axe }).axe.run('.preview-bar', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return violations.map((v) => `${v.id}: ${v.help}`)
  })
}

test('a new press release, never published: the editor previews it, a visitor gets the 404', async () => {
  const title = `Aperçu d’un communiqué jamais publié ${token}`
  await page.goto(`${baseURL()}/admin/collections/press-releases/create?locale=fr`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill(`Résumé du brouillon ${token}.`)
  // Autosave creates the draft and the admin moves to its address.
  await page.waitForURL(/\/admin\/collections\/press-releases\/\d+/, { timeout: 30_000 })
  const id = Number(/press-releases\/(\d+)/.exec(page.url())?.[1])
  const draft = await autosaved(id, (doc) => doc.title === title)
  expect(draft._status).toBe('draft')

  const tab = await clickPreview()
  const pageUrl = `${baseURL()}/fr/news/${draft.slug}`
  expect(tab.url()).toBe(pageUrl)
  await expect(tab.locator('h1').first().textContent()).resolves.toBe(title)
  const bar = tab.getByRole('complementary', { name: 'Aperçu — non publié.' })
  await expect(bar.textContent()).resolves.toContain('Les visiteurs ne voient que ce qui est publié.')
  await expect(bar.getByRole('link', { name: 'Modifier dans l’administration' }).getAttribute('href')).resolves.toBe(
    `/admin/collections/press-releases/${id}?locale=fr`,
  )

  const headers = await previewHeaders(pageUrl)
  expect(headers['cache-control']).toMatch(/private/)
  expect(headers['cache-control']).toMatch(/no-store/)

  // Right after, a visitor at the same address: the localized 404, nothing of the draft.
  const visitor = await asVisitor(pageUrl)
  expect(visitor.status).toBe(404)
  expect(visitor.h1).toBe('Page introuvable')
  expect(visitor.html).not.toContain(title)
  expect(visitor.html).not.toContain(`Résumé du brouillon ${token}`)
  expect(visitor.previewBar).toBe(0)
  expect(cachedFilesContaining(title)).toEqual([])
  // …nor a link to it in search, the news list, the feed or the sitemap.
  for (const address of [`/fr/search?q=${token}`, '/fr/news', '/fr/news/rss.xml', '/sitemaps/press-releases-1.xml']) {
    const response = await fetch(`${baseURL()}${address}`)
    expect(`${address}: ${await response.text()}`).not.toContain(`/fr/news/${draft.slug}`)
  }
  // The preview address itself sends a visitor to the admin's login, never to the draft.
  const anonymous = await fetch(`${baseURL()}/preview?collection=press-releases&id=${id}&locale=fr`, {
    redirect: 'manual',
  })
  expect(anonymous.status).toBe(307)
  expect(anonymous.headers.get('location')).toMatch(/^\/admin\/login\?redirect=%2Fpreview%3F/)
  expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
  await tab.close()
  expect(errors).toEqual([])
})

test('a change to a published press release: the editor previews it, visitors keep the published text', async () => {
  const published = await api<PressRelease>(`press-releases/${fixtureId}?locale=fr&depth=0`)
  const pageUrl = `${baseURL()}/fr/news/${published.slug}`
  // A visitor first, so the published page is in the server's cache.
  expect((await asVisitor(pageUrl)).h1).toBe(published.title)

  const changed = `${published.title} — version révisée ${token}`
  await page.goto(`${baseURL()}/admin/collections/press-releases/${published.id}?locale=fr`)
  await page.locator('#field-title').fill(changed)
  await autosaved(published.id, (doc) => doc.title === changed)

  const tab = await clickPreview()
  expect(tab.url()).toBe(pageUrl)
  await expect(tab.locator('h1').first().textContent()).resolves.toBe(changed)
  await tab.getByRole('complementary', { name: 'Aperçu — non publié.' }).waitFor()
  const headers = await previewHeaders(pageUrl)
  expect(headers['cache-control']).toMatch(/private/)
  expect(headers['cache-control']).toMatch(/no-store/)

  // A visitor right after: the published page, as before; the editor's preview left nothing in a cache
  // (where the published page's own entries are).
  const visitor = await asVisitor(pageUrl)
  expect(visitor.status).toBe(200)
  expect(visitor.cacheControl).not.toMatch(/private|no-store/)
  expect(visitor.h1).toBe(published.title)
  expect(visitor.html).not.toContain(token)
  expect(visitor.previewBar).toBe(0)
  expect(cachedFilesContaining(published.slug).length).toBeGreaterThan(0)
  expect(cachedFilesContaining(changed)).toEqual([])

  // "Leave preview": back on the published page, without the bar, in the same browser.
  await tab.getByRole('link', { name: 'Quitter l’aperçu' }).click()
  await tab.waitForURL(pageUrl)
  await expect(tab.locator('h1').first().textContent()).resolves.toBe(published.title)
  expect(await tab.locator('.preview-bar').count()).toBe(0)
  await tab.close()
  expect(errors).toEqual([])
})

test('the Live Preview panel shows the draft beside the form, at a phone’s width, and follows autosave', async () => {
  const release = await api<PressRelease>(`press-releases/${fixtureId}?locale=fr&depth=0`)
  // A draft change of its own, saved as the admin's autosave does.
  const draftTitle = `${release.title} — aperçu en direct ${token}`
  await api(`press-releases/${release.id}?locale=fr&draft=true&autosave=true`, {
    token: editorToken,
    method: 'PATCH',
    body: { title: draftTitle },
  })
  await page.goto(`${baseURL()}/admin/collections/press-releases/${release.id}?locale=fr`)
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('#live-preview-iframe')
  // The draft, on the release's page, with the bar.
  await frame.locator('h1', { hasText: draftTitle }).waitFor()
  await frame.locator('.preview-bar').waitFor()

  // Phone width, from the panel's breakpoints.
  await page.locator('.live-preview-toolbar-controls__breakpoint').click()
  await page.getByRole('button', { name: 'Phone', exact: true }).click()
  await page.waitForFunction(
    () =>
      (document.querySelector('#live-preview-iframe') as HTMLIFrameElement | null)?.contentWindow?.innerWidth === 375,
  )

  // Each autosave renders the page again with the new draft.
  const summary = `Résumé revu dans l’aperçu en direct ${token}.`
  await page.locator('#field-summary').fill(summary)
  await autosaved(release.id, (doc) => doc.summary === summary)
  await frame.getByText(summary).waitFor({ timeout: 30_000 })
  expect(errors).toEqual([])
})

test('the preview bar in French and Arabic: right to left, over the fallback notice, no axe violation', async () => {
  mkdirSync(screenshotDir, { recursive: true })
  const release = await api<PressRelease>(`press-releases/${fixtureId}?locale=fr&depth=0`)
  const tab = await editor.newPage()
  for (const locale of ['fr', 'ar'] as const) {
    await tab.goto(`${baseURL()}/preview?collection=press-releases&id=${release.id}&locale=${locale}`)
    await tab.locator('.preview-bar').waitFor()
    await expect(tab.locator('html').getAttribute('dir')).resolves.toBe(locale === 'ar' ? 'rtl' : 'ltr')
    if (locale === 'ar') {
      await tab.getByRole('complementary', { name: 'معاينة — غير منشورة.' }).waitFor()
      // Not translated into Arabic: the French draft, under the site's notice.
      await tab.locator('.notice').first().waitFor()
    }
    expect(await previewBarViolations(tab)).toEqual([])
    const file = path.join(screenshotDir, `preview-bar-${locale}.png`)
    await tab.screenshot({ path: file, clip: { x: 0, y: 0, width: 1440, height: 700 } })
    console.log(`e2e: preview bar (${locale}) → ${file}`)
  }
  await tab.close()
})

test('a visitor who opens a preview link is asked to log in, then sees the draft', async () => {
  const release = await api<PressRelease>(`press-releases/${fixtureId}?locale=fr&depth=0`)
  const context = await browser.newContext()
  try {
    const visitor = await context.newPage()
    visitor.setDefaultTimeout(60_000)
    await visitor.goto(`${baseURL()}/preview?collection=press-releases&id=${release.id}&locale=fr`)
    expect(new URL(visitor.url()).pathname).toBe('/admin/login')
    await visitor.fill('input[name="email"]', 'editor@passerelle.test')
    await visitor.fill('input[name="password"]', 'passerelle-demo')
    await visitor.click('button[type="submit"]')
    await visitor.waitForURL(`${baseURL()}/fr/news/${release.slug}`)
    await visitor.locator('h1', { hasText: token }).waitFor()
    await visitor.locator('.preview-bar').waitFor()
  } finally {
    await context.close()
  }
})
