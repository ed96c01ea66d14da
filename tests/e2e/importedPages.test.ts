/**
 * Pages nobody here wrote, imported on the command line next to the running production server: a
 * French programme page naming the Cairo regional office (known) and the Bangkok one (created as a
 * draft), and a press release dated "Minsk, Bélarus -". Then what a visitor sees: the programme
 * with its published offices only (a draft office shows nowhere: not in the programme's offices,
 * not in the office directory, not at its own address), and the dateline as written.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { slugify } from '../../lib/text/slugify'
import { api, baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { keepLastPage } from './screenshots'

const FIXTURES = path.resolve('tests/fixtures/import')
const PROGRAMME_TITLE = 'Tuberculose et migration : dépistage et continuité des soins le long des routes migratoires'
const RELEASE_TITLE =
  'Le Bélarus renforce le dépistage de la tuberculose chez les travailleurs migrants avec l’appui de l’OIM'

let browser: Browser
let page: Page
let errors: string[] = []
let importOutput = ''

/** The import as an administrator runs it beside the server: same database, the server's cache expired at the end. */
function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'scripts/import.ts', ...args],
      { env: { ...process.env, NODE_OPTIONS: '', SITE_CACHE_ORIGIN: baseURL() } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

beforeAll(async () => {
  const { code, stdout, stderr } = await runImport([
    '--create-offices',
    '--date',
    '2019-03-24',
    path.join(FIXTURES, 'programme-tuberculose.txt'),
    path.join(FIXTURES, 'communique-minsk.txt'),
  ])
  importOutput = stdout
  if (code !== 0) throw new Error(`import exited with ${code}:\n${stdout}\n${stderr}`)
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
})
afterEach(async () => {
  await keepLastPage(page)
  expect(errors).toEqual([])
  errors = []
  await page?.close()
})

async function visit(address: string) {
  page = await newPage(browser)
  errors = collectPageErrors(page)
  return page.goto(`${baseURL()}${address}`)
}

test('the import created the programme and the draft office, and expired the server’s cache', () => {
  expect(importOutput).toContain(`created programme “${PROGRAMME_TITLE}”`)
  expect(importOutput).toContain('created offices “Bureau régional de Bangkok” (draft)')
  expect(importOutput).toContain(`Site cache: the server at ${baseURL()} will show the changes from the next request.`)
})

test('the programme page lists its published offices; the draft Bangkok office is not shown', async () => {
  const response = await visit(`/fr/programmes/${slugify(PROGRAMME_TITLE)}`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1').textContent()).resolves.toBe(PROGRAMME_TITLE)
  const offices = page.locator('section.related', { has: page.locator('h2', { hasText: 'Bureaux' }) }).locator('li')
  const names = await offices.allTextContents()
  expect(names).toEqual(expect.arrayContaining(['Bureau régional de l’OIM au Caire']))
  expect(names.join(' ')).not.toMatch(/Bangkok/)
  // Nothing empty nor twice: no facts yet (themes, regions …), and the summary is the text's first sentence.
  await expect(page.locator('dl.facts').count()).resolves.toBe(0)
  await expect(page.locator('.lede').count()).resolves.toBe(0)
  // The text itself names it, as written.
  await expect(page.getByText('le bureau régional de Bangkok (Thaïlande) accompagne').count()).resolves.toBe(1)
  await page.screenshot({ path: '/tmp/passerelle-e2e-imported-programme.png', fullPage: true })
})

test('a draft office is nowhere for visitors: not in the directory, not at its address, not in the API', async () => {
  const response = await visit('/fr/offices')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Bureau régional de l’OIM au Caire').count()).resolves.toBeGreaterThan(0)
  await expect(page.getByText('Bangkok').count()).resolves.toBe(0)
  const draft = await fetch(`${baseURL()}/fr/offices/bureau-regional-de-bangkok`)
  expect(draft.status).toBe(404)
  const found = await api<{ totalDocs: number }>(
    `offices?locale=fr&where[slug][equals]=bureau-regional-de-bangkok&depth=0`,
  )
  expect(found.totalDocs).toBe(0)
})

test('the press release shows its dateline as written: “Minsk, Bélarus”', async () => {
  const response = await visit(`/fr/news/${slugify(RELEASE_TITLE)}`)
  expect(response?.status()).toBe(200)
  // It opens the first paragraph of the text.
  await expect(page.locator('.prose p').first().locator('.dateline-lead').textContent()).resolves.toBe(
    'Minsk, Bélarus –',
  )
  await page.screenshot({ path: '/tmp/passerelle-e2e-imported-release.png', fullPage: true })
})
