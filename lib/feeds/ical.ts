/**
 * iCalendar (RFC 5545) for events, written by ical.js (the library the tests also read it with):
 * each timed event in its own IANA zone (TZID) with a VTIMEZONE built from Intl's offsets, all-day
 * events as DATE values. ical.js escapes the texts; lines are folded by octets here. No time-zone
 * database is shipped.
 */
import ICAL from 'ical.js'

import { offsetMinutes } from '../time/zones'

export interface CalendarEvent {
  uid: string
  title: string
  description?: string | null
  location?: string | null
  url: string
  startsAt: string
  endsAt: string
  timeZone: string
  allDay?: boolean | null
  status: 'scheduled' | 'postponed' | 'cancelled'
  updatedAt?: string | null
  /** The language of the title and texts (the source language when not translated). */
  language: string
}

/** The wall-clock date-time in `timeZone` (floating: its zone is the property's TZID). */
function localTime(instant: Date, timeZone: string): ICAL.Time {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000)
  return ICAL.Time.fromData({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  })
}

const utcTime = (instant: Date): ICAL.Time => ICAL.Time.fromJSDate(instant, true)

/** The calendar date in `timeZone`, plus `addDays`. */
function localDate(instant: Date, timeZone: string, addDays = 0): ICAL.Time {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000 + addDays * 86_400_000)
  return ICAL.Time.fromData({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    isDate: true,
  })
}

/** Offset changes of `timeZone` between two instants, found day by day then narrowed to the minute. */
function transitions(timeZone: string, from: Date, to: Date): { at: Date; before: number; after: number }[] {
  const found: { at: Date; before: number; after: number }[] = []
  const day = 86_400_000
  let previous = offsetMinutes(from, timeZone)
  for (let t = from.getTime() + day; t <= to.getTime() + day; t += day) {
    const current = offsetMinutes(new Date(t), timeZone)
    if (current === previous) continue
    let low = t - day
    let high = t
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 2 / 60_000) * 60_000
      if (offsetMinutes(new Date(mid), timeZone) === previous) low = mid
      else high = mid
    }
    found.push({ at: new Date(high), before: previous, after: current })
    previous = current
  }
  return found
}

/** A VTIMEZONE covering the years of the events that use it (§3.6.5). */
export function vtimezone(timeZone: string, years: { from: number; to: number }): ICAL.Component {
  const start = new Date(Date.UTC(years.from, 0, 1))
  const end = new Date(Date.UTC(years.to, 11, 31))
  const zone = new ICAL.Component('vtimezone')
  zone.addPropertyWithValue('tzid', timeZone)
  const observance = (kind: 'standard' | 'daylight', wall: ICAL.Time, from: number, to: number) => {
    const part = new ICAL.Component(kind)
    part.addPropertyWithValue('dtstart', wall)
    part.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60))
    part.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60))
    zone.addSubcomponent(part)
  }
  const initial = offsetMinutes(start, timeZone)
  observance(
    'standard',
    ICAL.Time.fromData({ year: years.from, month: 1, day: 1, hour: 0, minute: 0 }),
    initial,
    initial,
  )
  for (const change of transitions(timeZone, start, end)) {
    // DTSTART of an observance is the wall-clock time of the change in the offset being left.
    const wall = new Date(change.at.getTime() + change.before * 60000)
    observance(
      change.after > change.before ? 'daylight' : 'standard',
      ICAL.Time.fromData({
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
      }),
      change.before,
      change.after,
    )
  }
  return zone
}

const statusOf = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const

/**
 * A lone carriage return (pasted from an old editor) would pass into the file as a bare CR, which
 * readers take for a line break inside a property: every line ending becomes one `\n`, which the
 * library escapes as the RFC's `\\n`.
 */
const oneKindOfLineBreak = (text: string): string => text.replace(/\r\n?/g, '\n')

function addText(component: ICAL.Component, name: string, value: string, language: string): void {
  const property = new ICAL.Property(name)
  property.setParameter('language', language)
  property.setValue(oneKindOfLineBreak(value))
  component.addProperty(property)
}

function addTime(component: ICAL.Component, name: 'dtstart' | 'dtend', value: ICAL.Time, timeZone?: string): void {
  const property = new ICAL.Property(name)
  if (timeZone) property.setParameter('tzid', timeZone)
  property.setValue(value)
  component.addProperty(property)
}

function vevent(event: CalendarEvent, now: Date): ICAL.Component {
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const component = new ICAL.Component('vevent')
  component.addPropertyWithValue('uid', event.uid)
  component.addPropertyWithValue('dtstamp', utcTime(event.updatedAt ? new Date(event.updatedAt) : now))
  if (event.allDay) {
    // DTEND of a DATE event is exclusive: the day after the last day.
    addTime(component, 'dtstart', localDate(start, event.timeZone))
    addTime(component, 'dtend', localDate(end, event.timeZone, 1))
  } else {
    addTime(component, 'dtstart', localTime(start, event.timeZone), event.timeZone)
    addTime(component, 'dtend', localTime(end, event.timeZone), event.timeZone)
  }
  addText(component, 'summary', event.title, event.language)
  if (event.description) addText(component, 'description', event.description, event.language)
  if (event.location) addText(component, 'location', event.location, event.language)
  component.addPropertyWithValue('url', event.url)
  component.addPropertyWithValue('status', statusOf[event.status])
  return component
}

/** A whole VCALENDAR: one VTIMEZONE per zone used by a timed event, then the events. CRLF line ends. */
export function buildCalendar({
  name,
  events,
  now = new Date(),
}: {
  name: string
  events: CalendarEvent[]
  now?: Date
}): string {
  const zones = new Map<string, { from: number; to: number }>()
  for (const event of events) {
    if (event.allDay) continue
    const from = new Date(event.startsAt).getUTCFullYear()
    const to = new Date(event.endsAt).getUTCFullYear()
    const known = zones.get(event.timeZone)
    zones.set(event.timeZone, { from: Math.min(from, known?.from ?? from), to: Math.max(to, known?.to ?? to) })
  }
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('prodid', '-//Passerelle//Site events//EN')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', 'PUBLISH')
  calendar.addPropertyWithValue('x-wr-calname', name)
  for (const [zone, years] of zones) calendar.addSubcomponent(vtimezone(zone, years))
  for (const event of events) calendar.addSubcomponent(vevent(event, now))
  // ical.js folds at 75 characters; RFC 5545 §3.1 counts octets, and Arabic or accented text takes two
  // or three per character: unfold its lines, then fold them by octets.
  const lines = calendar
    .toString()
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** Lines longer than 75 octets folded with CRLF + space (§3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = Buffer.byteLength(char, 'utf8')
    // The first line holds 75 octets; the next ones 74 after their leading space.
    if (size + charSize > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += charSize
  }
  parts.push(current)
  return parts.join('\r\n ')
}
