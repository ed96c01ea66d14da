/**
 * A visitor's path: from the French home to a press release, to the same release in Spanish with
 * the language switcher, then to an upcoming event and its calendar file, which a calendar reads.
 */
import { readFileSync } from 'node:fs'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import ICAL from 'ical.js'
import type { Browser, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let page: Page
let errors: string[]

interface Doc {
  id: number
  title: string
  slug: string
}

/** A French press release with a Spanish translation, and an upcoming timed event in both. */
const fixture = { release: { fr: '', es: '' }, event: { fr: '', es: '', esSlug: '' } }
const stamp = Date.now().toString(36)

beforeAll(async () => {
  const token = await apiLogIn('editor@passerelle.test')
  // Its own release, published now: the newest on the news list's first page whatever other journeys
  // published before this one (the suites share one database, and their order is not fixed).
  fixture.release.fr = `L'OIM ouvre la 110e session de son Conseil ${stamp}`
  fixture.release.es = `La OIM abre el 110.º período de sesiones de su Consejo ${stamp}`
  const { doc: release } = await api<{ doc: Doc }>('press-releases?locale=fr', {
    token,
    method: 'POST',
    body: {
      title: fixture.release.fr,
      summary: 'Le Directeur général s’est adressé aux États membres.',
      publishedDate: new Date().toISOString(),
      _status: 'published',
    },
  })
  await api(`press-releases/${release.id}?locale=es`, {
    token,
    method: 'PATCH',
    body: {
      title: fixture.release.es,
      summary: 'El Director General se dirigió a los Estados miembros.',
      _status: 'published',
    },
  })

  const startsAt = new Date(Date.now() + 30 * 24 * 3600_000)
  startsAt.setUTCHours(9, 0, 0, 0)
  fixture.event.fr = `Webinaire sur la santé des migrants ${stamp}`
  fixture.event.es = `Seminario web sobre la salud de los migrantes ${stamp}`
  const created = await api<{ doc: Doc }>('events?locale=fr', {
    token,
    method: 'POST',
    body: {
      title: fixture.event.fr,
      kind: 'webinar',
      status: 'scheduled',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      timeZone: 'Africa/Dakar',
      summary: 'Un webinaire.',
      _status: 'published',
    },
  })
  const translated = await api<{ doc: Doc }>(`events/${created.doc.id}?locale=es`, {
    token,
    method: 'PATCH',
    body: { title: fixture.event.es, summary: 'Un seminario web.', _status: 'published' },
  })
  fixture.event.esSlug = translated.doc.slug

  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

const path = () => decodeURIComponent(new URL(page.url()).pathname)
const htmlLang = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])

test('from the French home to the Spanish press release with the language switcher', async () => {
  await page.goto(`${baseURL()}/fr`)
  await Promise.all([
    page.waitForURL('**/fr/news'),
    page.locator('.main-nav').getByRole('link', { name: 'Actualités' }).click(),
  ])
  await Promise.all([
    page.waitForURL('**/fr/news/*'),
    page.locator('main').getByRole('link', { name: fixture.release.fr }).click(),
  ])
  const frenchPath = path()
  expect(await page.locator('main h1').textContent()).toBe(fixture.release.fr)

  await Promise.all([
    page.waitForURL('**/es/news/*'),
    page.locator('.languages').getByRole('link', { name: 'Español' }).click(),
  ])
  // The Spanish slug, not the French one: the switcher links to the document's own address there.
  expect(path()).toMatch(/^\/es\/news\/la-oim-abre-el-110-o-periodo-de-sesiones-de-su-consejo-[a-z0-9]+$/)
  expect(path().split('/').at(-1)).not.toBe(frenchPath.split('/').at(-1))
  expect(await htmlLang()).toEqual(['es', 'ltr'])
  expect(await page.locator('main h1').textContent()).toBe(fixture.release.es)
  expect(await page.locator('.languages a[aria-current="page"]').getAttribute('lang')).toBe('es')
  expect(await page.locator('.languages a[hreflang="fr"]').getAttribute('href')).toBe(frenchPath)
  expect(errors).toEqual([])
})

test('an upcoming event and its calendar file, read by a calendar library', async () => {
  await Promise.all([
    page.waitForURL('**/es/events'),
    page.locator('.main-nav').getByRole('link', { name: 'Eventos' }).click(),
  ])
  await Promise.all([
    page.waitForURL(`**/es/events/${fixture.event.esSlug}`),
    page.locator('main').getByRole('link', { name: fixture.event.es }).click(),
  ])
  expect(await htmlLang()).toEqual(['es', 'ltr'])
  expect(await page.locator('main h1').textContent()).toBe(fixture.event.es)

  const link = page.locator(`main a[href$="/es/events/${fixture.event.esSlug}/ics"]`)
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const text = readFileSync(await download.path(), 'utf8')

  const calendar = new ICAL.Component(ICAL.parse(text))
  const zones = calendar.getAllSubcomponents('vtimezone')
  expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Africa/Dakar'])
  for (const zone of zones) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  expect(events).toHaveLength(1)
  expect(events[0].summary).toBe(fixture.event.es)
  expect(events[0].startDate.zone.tzid).toBe('Africa/Dakar')
  expect(events[0].startDate.toString()).toMatch(/T09:00:00$/)
  expect(events[0].component.getFirstProperty('summary')?.getParameter('language')).toBe('es')
  expect(errors).toEqual([])
})
