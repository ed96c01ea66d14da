/** Dates, times and numbers for the page's locale, through Intl only. */
import { localeDefinition, type LocaleCode } from '../i18n/locales'
import { offsetMinutes } from './zones'

const intl = (locale: LocaleCode) => localeDefinition(locale).intl

/**
 * One formatter per locale and options, made once: making one costs about 80 µs (ICU loads its
 * patterns), formatting with it 1 µs, and a list page formats a date for each of its items. Bounded
 * by the locales × the time zones in use × the few option sets below.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>()
function dateFormatter(locale: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = dateFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intl(locale), options)
    dateFormatters.set(key, formatter)
  }
  return formatter
}
const numberFormatters = new Map<LocaleCode, Intl.NumberFormat>()

/** A calendar date ("26 November 2019"), in `timeZone` (UTC unless said). */
export function formatDate(value: string | Date, locale: LocaleCode, timeZone = 'UTC'): string {
  return dateFormatter(locale, { dateStyle: 'long', timeZone }).format(new Date(value))
}

export function formatNumber(value: number, locale: LocaleCode): string {
  let formatter = numberFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(intl(locale))
    numberFormatters.set(locale, formatter)
  }
  return formatter.format(value)
}

/** "UTC+1", "UTC−3", "UTC+5:30", "UTC" for an offset in minutes. */
export function utcOffsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const sign = minutes > 0 ? '+' : '−'
  const abs = Math.abs(minutes)
  const hours = Math.floor(abs / 60)
  const rest = abs % 60
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`
}

/** The zone's generic name in the locale ("Central European Time", "heure de l’Europe centrale"). */
export function timeZoneName(timeZone: string, locale: LocaleCode, at: Date): string {
  const part = dateFormatter(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timeZone
}

/** A zone named in the locale with its offset at `at` ("Central European Time, UTC+1"). */
export function timeZoneLabel(timeZone: string, locale: LocaleCode, at: Date): string {
  return `${timeZoneName(timeZone, locale, at)}, ${utcOffsetLabel(offsetMinutes(at, timeZone))}`
}

export interface EventTiming {
  startsAt: string
  endsAt: string
  timeZone: string
  allDay?: boolean | null
}

export interface EventTimeText {
  /**
   * The dates, or dates and times, in the event's own zone: "26–28 November 2019", "26 Nov 2019, 10:00–12:00";
   * each end labelled with its offset when the zone changes clock within the event
   * ("27 March 2027, 10:00 UTC+1 – 29 March 2027, 17:00 UTC+2").
   */
  when: string
  /**
   * For timed events: the zone they are in, named in the locale, with its offset then ("Central European
   * Time, UTC+1"); only the name when the offsets are in `when`.
   */
  zone: string | null
}

/**
 * An event's dates and times as people there will live them: in the event's own time zone, never the
 * reader's (which the server does not know), so the zone is always named. All-day events show dates only.
 */
export function eventTime({ startsAt, endsAt, timeZone, allDay }: EventTiming, locale: LocaleCode): EventTimeText {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  if (allDay) {
    const dates = dateFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })
    return { when: dates.formatRange(start, end), zone: null }
  }
  const dateTimes = dateFormatter(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  })
  const startOffset = offsetMinutes(start, timeZone)
  const endOffset = offsetMinutes(end, timeZone)
  if (startOffset === endOffset)
    return { when: dateTimes.formatRange(start, end), zone: timeZoneLabel(timeZone, locale, start) }
  return {
    when: withOffsets(dateTimes.formatRangeToParts(start, end), startOffset, endOffset),
    zone: timeZoneName(timeZone, locale, start),
  }
}

/**
 * A formatted range with the start's offset after the start's last part and the end's at the end: the
 * clock changed between them (daylight saving), so one offset for both would be wrong for one. (At
 * the end, not after the end's last part: Arabic shares a trailing "ص"/"م" between both times.)
 */
function withOffsets(parts: Intl.DateTimeRangeFormatPart[], startOffset: number, endOffset: number): string {
  const lastStart = parts.findLastIndex((p) => p.source === 'startRange')
  const text = parts.map((part, i) => (i === lastStart ? `${part.value} ${utcOffsetLabel(startOffset)}` : part.value))
  return `${text.join('')} ${utcOffsetLabel(endOffset)}`
}

/** The event's first day as a calendar date in its zone, for short lists ("26 Nov"). */
export function eventDayParts(
  startsAt: string,
  timeZone: string,
  locale: LocaleCode,
): { day: string; month: string; year: string } {
  const parts = dateFormatter(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).formatToParts(new Date(startsAt))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return { day: get('day'), month: get('month'), year: get('year') }
}
