/**
 * A visitor searches the site: in French with and without accents, in Arabic without short vowels
 * or hamza, narrows the results with a facet, and sends input that is not a query. The documents are
 * published by an editor through REST just before, so each search also proves the index followed
 * the publish.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { badQueries } from '../support/searchBadQueries'
import { api, apiLogIn, baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { keepLastPage } from './screenshots'

/** A word no seed document has, so the results are exactly the documents made here. */
const tag = Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])
const frenchWord = `Sérénité${tag}`
const french = [
  { title: `${frenchWord} : réinstallation des familles à Genève`, date: '2021-03-01T09:00:00.000Z' },
  { title: `Bilan ${frenchWord} de l’année`, date: '2023-03-01T09:00:00.000Z' },
]
const arabicTitle = `مُبادَرَةُ الإِدْماجِ ${tag} في المنطقة`

let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  const token = await apiLogIn('editor@passerelle.test')
  for (const { title, date } of french)
    await api('press-releases?locale=fr', {
      token,
      method: 'POST',
      body: { title, summary: `Résumé : ${title}`, publishedDate: date, _status: 'published' },
    })
  await api('press-releases?locale=ar', {
    token,
    method: 'POST',
    body: {
      title: arabicTitle,
      summary: 'ملخص المبادرة',
      publishedDate: '2022-05-01T09:00:00.000Z',
      _status: 'published',
    },
  })
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  expect(errors).toEqual([])
  await browser?.close()
})

const resultTitles = () => page.locator('.results h2, .results h3').allTextContents()
const marks = () => page.locator('.results mark').allTextContents()

test('French: typed with accents in the search form, the results mark the words', async () => {
  await page.goto(`${baseURL()}/fr/search`)
  await page.fill('#search-q', frenchWord)
  await Promise.all([page.waitForURL(/\/fr\/search\?q=/), page.click('.search-form button[type="submit"]')])
  expect((await resultTitles()).sort()).toEqual(french.map((f) => f.title).sort())
  expect(await page.locator('.result-count').textContent()).toContain('2 résultats')
  expect((await marks()).every((m) => m === frenchWord)).toBe(true)
})

test('French: typed without accents, in capitals, or only its beginning, the same documents', async () => {
  for (const typed of [`serenite${tag}`, `SERENITE${tag.toUpperCase()}`, `sérénité${tag.slice(0, -1)}`]) {
    const response = await page.goto(`${baseURL()}/fr/search?q=${encodeURIComponent(typed)}`)
    expect(response?.status()).toBe(200)
    expect((await resultTitles()).sort()).toEqual(french.map((f) => f.title).sort())
  }
  expect(await marks()).toContain(frenchWord)
})

test('Arabic: typed without short vowels and with a bare alef, found, marked, right to left', async () => {
  const response = await page.goto(`${baseURL()}/ar/search?q=${encodeURIComponent(`الادماج ${tag}`)}`)
  expect(response?.status()).toBe(200)
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
  expect(await resultTitles()).toEqual([arabicTitle])
  expect(await marks()).toEqual(['الإِدْماجِ', tag])
})

test('a facet narrows the results to its own address; removing it widens them again', async () => {
  const response = await page.goto(`${baseURL()}/fr/search?q=${encodeURIComponent(frenchWord)}`)
  expect(response?.headers()['cache-control']).toBe('public, s-maxage=10, stale-while-revalidate=60')
  const facets = page.locator('nav.search-facets')
  await expect(facets.getByRole('heading', { name: 'Année' }).count()).resolves.toBe(1)
  await Promise.all([page.waitForURL(/year=2021/), facets.getByRole('link', { name: /^2021/ }).click()])
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent(frenchWord)}&year=2021`)
  expect(await resultTitles()).toEqual([french[0].title])
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(canonical).toMatch(new RegExp(`/fr/search\\?q=${encodeURIComponent(frenchWord)}&year=2021$`))
  await Promise.all([
    page.waitForURL((url) => !url.search.includes('year=')),
    facets.getByRole('link', { name: /Retirer le filtre 2021/ }).click(),
  ])
  expect(await resultTitles()).toHaveLength(2)
})

test('input that is not a query gives a clear empty page, never an error', async () => {
  for (const [name, query] of badQueries) {
    // A lone surrogate cannot be percent-encoded: sent as the bytes of one (invalid UTF-8) instead.
    const encoded = name === 'lone surrogate' ? 'sant%ED%A0%80%C3%A9' : encodeURIComponent(query)
    const response = await page.goto(`${baseURL()}/fr/search?q=${encoded}`)
    expect([name, response?.status()]).toEqual([name, 200])
    expect(await page.locator('h1').count()).toBe(1)
  }
  await page.goto(`${baseURL()}/fr/search?q=${encodeURIComponent('"introuvable' + tag)}`)
  expect(await page.locator('.result-count').textContent()).toContain('0 résultat')
  expect(await page.locator('.no-results').textContent()).toContain('Aucun résultat')
})
