/**
 * An editor whose computer is in Bangkok schedules a Paris event: the times typed in the admin are
 * Paris times, stored as the right instants, shown as such on the site and in the calendar file.
 */
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import ICAL from 'ical.js'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, DEMO_PASSWORD, launchBrowser } from './browser'
import { keepLastPage } from './screenshots'

let browser: Browser
let context: BrowserContext
let page: Page
const errors: string[] = []
const shots = path.join(tmpdir(), 'passerelle-e2e-event-times')

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  browser = await launchBrowser()
  // The editor's machine: 7 hours ahead of UTC, 6 of Paris in winter.
  context = await browser.newContext({
    timezoneId: 'Asia/Bangkok',
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('response', async (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      errors.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

/** Picks `option` in one of Payload's select or relationship fields (react-select), typing to filter. */
async function choose(field: Locator, typed: string, option: string | RegExp): Promise<void> {
  await field.locator('.rs__control').click()
  await page.keyboard.type(typed)
  await field.locator('.rs__option', { hasText: option }).first().click()
}

/** Types a date and time into one of Payload's date pickers, as an editor does, and closes the calendar. */
async function typeDate(field: Locator, text: string): Promise<void> {
  const input = field.locator('input')
  await input.fill(text)
  await input.press('Escape')
  await expect(input.inputValue()).resolves.toBe(text)
}

/** Waits until `read` gives `expected` (the admin updates fields after a request), or fails with the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 20_000): Promise<void> {
  const started = Date.now()
  let last = await read()
  while (last !== expected && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    last = await read()
  }
  expect(last).toBe(expected)
}

const zoneShown = () => page.locator('#field-timeZone .rs__single-value').textContent()

interface StoredEvent {
  id: number | string
  slug: string
  _status: string
  startsAt: string
  endsAt: string
  timeZone: string
  startsAt_tz: string
  endsAt_tz: string
}

test('an editor in Bangkok types 10:00 for a Paris event: 09:00 UTC stored, 10:00 on the site and in the calendar', async () => {
  const title = `Atelier sur la mobilité de la main-d’œuvre ${Date.now()}`

  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', 'editor@passerelle.test')
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

  await page.goto(`${baseURL()}/admin/collections/events/create?locale=fr`)
  await page.locator('#field-title').fill(title)
  await choose(page.locator('#field-kind'), 'Workshop', 'Workshop')

  // The host office brings its zone…
  await choose(page.locator('#field-office'), 'Dakar', /Dakar/)
  await eventually(zoneShown, 'Africa/Dakar')
  // …and the editor chooses the venue's zone by hand; the times are then typed in it.
  await choose(page.locator('#field-timeZone'), 'Europe/Paris', 'Europe/Paris')
  expect(await zoneShown()).toBe('Europe/Paris')
  await typeDate(page.locator('#field-startsAt'), '12 Jan 2027, 10:00')
  await typeDate(page.locator('#field-endsAt'), '12 Jan 2027, 12:00')
  await page.locator('#field-startsAt').scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(shots, 'admin-dates-typed.png') })

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.getByText('Published', { exact: true }).first().waitFor({ timeout: 20_000 })

  // Stored: the instants of 10:00 and 12:00 in Paris in January (UTC+1), with the zone beside each.
  const { docs } = await api<{ docs: StoredEvent[] }>(
    `events?locale=fr&depth=0&where[title][equals]=${encodeURIComponent(title)}`,
  )
  expect(docs).toHaveLength(1)
  const [stored] = docs
  expect(stored).toMatchObject({
    _status: 'published',
    startsAt: '2027-01-12T09:00:00.000Z',
    endsAt: '2027-01-12T11:00:00.000Z',
    timeZone: 'Europe/Paris',
    startsAt_tz: 'Europe/Paris',
    endsAt_tz: 'Europe/Paris',
  })

  // The site, read from the same Bangkok browser: Paris time, named.
  await page.goto(`${baseURL()}/fr/events/${stored.slug}`)
  const when = (await page.locator('main .event-time').first().textContent())?.replace(/\s/g, ' ')
  expect(when).toBe('12 janvier 2027, 10:00 – 12:00 (heure d’Europe centrale, UTC+1)')
  expect(await page.locator('main .event-time time').first().getAttribute('datetime')).toBe('2027-01-12T10:00:00+01:00')
  await page.screenshot({ path: path.join(shots, 'event-page.png'), fullPage: true })

  // The calendar file: 10:00 in Europe/Paris, which a calendar reads as 09:00 UTC.
  const ics = await fetch(`${baseURL()}/fr/events/${stored.slug}/ics`)
  expect(ics.status).toBe(200)
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const [entry] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  expect(entry.startDate.zone.tzid).toBe('Europe/Paris')
  expect(entry.startDate.toString()).toBe('2027-01-12T10:00:00')
  expect(entry.startDate.toJSDate().toISOString()).toBe('2027-01-12T09:00:00.000Z')
  expect(entry.endDate.toJSDate().toISOString()).toBe('2027-01-12T11:00:00.000Z')

  // Back in the admin: the events list and the saved event read 10:00 again.
  const stamp = title.split(' ').at(-1) ?? ''
  await page.goto(`${baseURL()}/admin/collections/events?locale=fr&where[title][like]=${stamp}`)
  const startCell = page.locator('tbody tr .cell-startsAt').first()
  await eventually(async () => (await startCell.textContent()) ?? '', '12 Jan 2027, 10:00')
  await page.screenshot({ path: path.join(shots, 'admin-list.png') })
  await page.goto(`${baseURL()}/admin/collections/events/${encodeURIComponent(String(stored.id))}?locale=fr`)
  const start = page.locator('#field-startsAt input')
  await eventually(() => start.inputValue(), '12 Jan 2027, 10:00')
  expect(await page.locator('#field-endsAt input').inputValue()).toBe('12 Jan 2027, 12:00')
  await page.locator('#field-startsAt').scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(shots, 'admin-dates-saved.png') })
  // The venue moves to Nairobi, same hour: the zone corrected afterwards keeps the times typed (10:00
  // there is 07:00 UTC). Payload alone would keep the instant (13:00 in Nairobi), and pickers not
  // following the zone would store the old instant: both fail here.
  await choose(page.locator('#field-timeZone'), 'Africa/Nairobi', 'Africa/Nairobi')
  expect(await start.inputValue()).toBe('12 Jan 2027, 10:00')
  expect(await page.locator('#field-endsAt input').inputValue()).toBe('12 Jan 2027, 12:00')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await eventually(
    async () => (await api<StoredEvent>(`events/${stored.id}?locale=fr&depth=0`)).startsAt,
    '2027-01-12T07:00:00.000Z',
  )
  expect(await api<StoredEvent>(`events/${stored.id}?locale=fr&depth=0`)).toMatchObject({
    endsAt: '2027-01-12T09:00:00.000Z',
    timeZone: 'Africa/Nairobi',
    startsAt_tz: 'Africa/Nairobi',
  })
  console.log(`e2e: event times screenshots in ${shots}`)
  expect(errors).toEqual([])
})

test('a Paris event across the change to summer time labels each end with its offset', async () => {
  const token = await apiLogIn('editor@passerelle.test')
  const { doc } = await api<{ doc: StoredEvent }>('events?locale=fr', {
    token,
    method: 'POST',
    body: {
      title: `Forum de printemps ${Date.now()}`,
      kind: 'conference',
      status: 'scheduled',
      // 27 March 10:00 (UTC+1) to 29 March 17:00 (UTC+2), Paris.
      startsAt: '2027-03-27T09:00:00.000Z',
      endsAt: '2027-03-29T15:00:00.000Z',
      timeZone: 'Europe/Paris',
      _status: 'published',
    },
  })
  expect([doc.startsAt_tz, doc.endsAt_tz]).toEqual(['Europe/Paris', 'Europe/Paris'])
  await page.goto(`${baseURL()}/en/events/${doc.slug}`)
  const when = (await page.locator('main .event-time').first().textContent())?.replace(/\s/g, ' ')
  expect(when).toBe('27 March 2027 at 10:00 UTC+1 – 29 March 2027 at 17:00 UTC+2 (Central European Time)')
  await page.screenshot({ path: path.join(shots, 'event-page-dst.png'), fullPage: true })
  expect(errors).toEqual([])
})
