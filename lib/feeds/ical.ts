/**
 * iCalendar (RFC 5545) for events: each timed event in its own IANA zone (TZID) with a VTIMEZONE
 * built from Intl's offsets, all-day events as DATE values. No time-zone database is shipped.
 */
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** TEXT escaping (§3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets folded with CRLF + space (§3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = Buffer.byteLength(char, 'utf8')
    const limit = parts.length === 0 ? 75 : 74
    if (size + charSize > limit) {
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

/** The wall-clock date-time in `timeZone` as iCalendar local form (20191126T100000). */
function localStamp(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000)
  return `${shifted.getUTCFullYear()}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}${pad(shifted.getUTCMinutes())}${pad(shifted.getUTCSeconds())}`
}

function utcStamp(instant: Date): string {
  return `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
}

/** The calendar date in `timeZone`, plus `addDays`, as YYYYMMDD. */
function localDate(instant: Date, timeZone: string, addDays = 0): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000 + addDays * 86_400_000)
  return `${shifted.getUTCFullYear()}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}`
}

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`

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
export function vtimezone(timeZone: string, years: { from: number; to: number }): string[] {
  const start = new Date(Date.UTC(years.from, 0, 1))
  const end = new Date(Date.UTC(years.to, 11, 31))
  const changes = transitions(timeZone, start, end)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`]
  const initial = offsetMinutes(start, timeZone)
  lines.push(
    'BEGIN:STANDARD',
    `DTSTART:${years.from}0101T000000`,
    `TZOFFSETFROM:${offsetText(initial)}`,
    `TZOFFSETTO:${offsetText(initial)}`,
    'END:STANDARD',
  )
  for (const change of changes) {
    const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD'
    // DTSTART of an observance is the wall-clock time of the change in the offset being left.
    const wall = new Date(change.at.getTime() + change.before * 60000)
    const dtstart = `${wall.getUTCFullYear()}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}00`
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${offsetText(change.before)}`,
      `TZOFFSETTO:${offsetText(change.after)}`,
      `END:${kind}`,
    )
  }
  lines.push('END:VTIMEZONE')
  return lines
}

const statusOf = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const

function vevent(event: CalendarEvent, now: Date): string[] {
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.updatedAt ? new Date(event.updatedAt) : now)}`,
  ]
  if (event.allDay) {
    // DTEND of a DATE event is exclusive: the day after the last day.
    lines.push(
      `DTSTART;VALUE=DATE:${localDate(start, event.timeZone)}`,
      `DTEND;VALUE=DATE:${localDate(end, event.timeZone, 1)}`,
    )
  } else {
    lines.push(
      `DTSTART;TZID=${event.timeZone}:${localStamp(start, event.timeZone)}`,
      `DTEND;TZID=${event.timeZone}:${localStamp(end, event.timeZone)}`,
    )
  }
  lines.push(`SUMMARY;LANGUAGE=${event.language}:${escapeText(event.title)}`)
  if (event.description) lines.push(`DESCRIPTION;LANGUAGE=${event.language}:${escapeText(event.description)}`)
  if (event.location) lines.push(`LOCATION;LANGUAGE=${event.language}:${escapeText(event.location)}`)
  lines.push(`URL:${event.url}`, `STATUS:${statusOf[event.status]}`, 'END:VEVENT')
  return lines
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
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passerelle//Site events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...[...zones].flatMap(([zone, years]) => vtimezone(zone, years)),
    ...events.flatMap((e) => vevent(e, now)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
