import { describe, expect, test } from '@jest/globals'
import ICAL from 'ical.js'

import { buildCalendar, type CalendarEvent } from '../../lib/feeds/ical'

const council: CalendarEvent = {
  uid: 'event-1@example.org',
  title: 'Council, 110th session; Geneva',
  description: 'Line one\nLine two with a backslash \\ and a comma, here',
  location: 'Palais des Nations',
  url: 'https://example.org/en/events/council',
  startsAt: '2019-11-26T09:00:00.000Z',
  endsAt: '2019-11-26T16:30:00.000Z',
  timeZone: 'Europe/Zurich',
  status: 'scheduled',
  updatedAt: '2019-10-01T08:00:00.000Z',
  language: 'en',
}

const santiago: CalendarEvent = {
  ...council,
  uid: 'event-2@example.org',
  title: 'Reunión binacional',
  startsAt: '2015-09-24T13:00:00.000Z',
  endsAt: '2015-09-24T21:00:00.000Z',
  timeZone: 'America/Santiago',
  status: 'cancelled',
  language: 'es',
}
const allDay: CalendarEvent = {
  ...council,
  uid: 'event-3@example.org',
  title: 'Consultation',
  startsAt: '2019-10-28T21:00:00.000Z',
  endsAt: '2019-10-30T20:59:00.000Z',
  timeZone: 'Europe/Istanbul',
  allDay: true,
  language: 'fr',
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return component
}

describe('iCalendar (RFC 5545)', () => {
  const text = buildCalendar({
    name: 'IOM – Events',
    events: [council, santiago, allDay],
    now: new Date('2020-01-01T00:00:00Z'),
  })
  const calendar = parse(text)
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

  test('is a VCALENDAR 2.0 with CRLF lines of at most 75 octets', () => {
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    const lines = text.split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })

  test('timed events carry their own zone (TZID) with a VTIMEZONE, and convert back to the right instant', () => {
    const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))
    expect(zones.sort()).toEqual(['America/Santiago', 'Europe/Zurich'])
    const [geneva, chile] = events
    expect(geneva.startDate.zone.tzid).toBe('Europe/Zurich')
    expect(geneva.startDate.toString()).toBe('2019-11-26T10:00:00')
    expect(geneva.startDate.toJSDate().toISOString()).toBe(council.startsAt)
    expect(geneva.endDate.toJSDate().toISOString()).toBe(council.endsAt)
    // Santiago was on summer time (UTC−3) in late September 2015.
    expect(chile.startDate.toString()).toBe('2015-09-24T10:00:00')
    expect(chile.startDate.toJSDate().toISOString()).toBe(santiago.startsAt)
  })

  test('all-day events are dates, the end exclusive', () => {
    const consultation = events[2]
    expect(consultation.startDate.isDate).toBe(true)
    expect(consultation.startDate.toString()).toBe('2019-10-29')
    expect(consultation.endDate.toString()).toBe('2019-10-31')
  })

  test('texts are escaped and come back intact; status and language are kept', () => {
    expect(events[0].summary).toBe(council.title)
    expect(events[0].description).toBe(council.description)
    expect(events[0].uid).toBe('event-1@example.org')
    expect(events[1].component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(events[1].component.getFirstProperty('summary')?.getParameter('language')).toBe('es')
  })
})

test('escaping and folding follow the RFC: a long title of two-byte letters and separators comes back whole', () => {
  const title = `${'é'.repeat(60)}; a, b \\ c`
  const text = buildCalendar({ name: 'x', events: [{ ...council, title }], now: new Date('2020-01-01T00:00:00Z') })
  const unfolded = text.replace(/\r\n /g, '')
  expect(unfolded).toContain(`SUMMARY;LANGUAGE=en:${'é'.repeat(60)}\\; a\\, b \\\\ c\r\n`)
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  const [event] = parse(text).getAllSubcomponents('vevent')
  expect(event?.getFirstPropertyValue('summary')).toBe(title)
})

test('a lone carriage return in a text becomes an escaped line break, never a bare CR in the file', () => {
  const description = 'First line\rsecond line\r\nthird'
  const text = buildCalendar({
    name: 'x',
    events: [{ ...council, description }],
    now: new Date('2020-01-01T00:00:00Z'),
  })
  expect(text.replace(/\r\n/g, '')).not.toContain('\r')
  const [event] = parse(text).getAllSubcomponents('vevent')
  expect(event?.getFirstPropertyValue('description')).toBe('First line\nsecond line\nthird')
})
