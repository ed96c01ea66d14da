/** Event times across a daylight-saving change: each end labelled with the offset it is in. */
import { expect, test } from '@jest/globals'

import { eventTime as formatted, type EventTiming } from '../../lib/time/format'
import { isoInZone, sameWallTimeIn, wallTimeIn } from '../../lib/time/zones'

type Locale = Parameters<typeof formatted>[1]

/** Intl puts thin and narrow spaces around range dashes: plain spaces here, for readable expectations. */
function eventTime(event: EventTiming, locale: Locale) {
  const { when, zone } = formatted(event, locale)
  return { when: when.replace(/\s/g, ' '), zone }
}

// 27–29 March 2027 in Paris: clocks go from UTC+1 to UTC+2 on the night of 27 to 28 March.
const paris = { startsAt: '2027-03-27T09:00:00.000Z', endsAt: '2027-03-29T15:00:00.000Z', timeZone: 'Europe/Paris' }

test('a range across the change to summer time labels each end with its own offset', () => {
  expect(eventTime(paris, 'en')).toEqual({
    when: '27 March 2027 at 10:00 UTC+1 – 29 March 2027 at 17:00 UTC+2',
    zone: 'Central European Time',
  })
  expect(eventTime(paris, 'fr')).toEqual({
    when: '27 mars 2027 à 10:00 UTC+1 – 29 mars 2027 à 17:00 UTC+2',
    zone: 'heure d’Europe centrale',
  })
  const arabic = eventTime(paris, 'ar')
  expect(arabic.when).toMatch(/UTC\+1 – .*UTC\+2$/)
  expect(arabic.zone).not.toMatch(/UTC/)
})

test('the change back to winter time, and the southern hemisphere, the other way round', () => {
  const autumn = eventTime(
    { startsAt: '2027-10-30T08:00:00.000Z', endsAt: '2027-10-31T16:00:00.000Z', timeZone: 'Europe/Paris' },
    'es',
  )
  expect(autumn.when).toBe('30 de octubre de 2027 a las 10:00 UTC+2 – 31 de octubre de 2027 a las 17:00 UTC+1')
  // Santiago leaves summer time (UTC−3 → UTC−4) on the first Sunday of April.
  const santiago = eventTime(
    { startsAt: '2027-04-03T12:00:00.000Z', endsAt: '2027-04-04T20:00:00.000Z', timeZone: 'America/Santiago' },
    'en',
  )
  expect(santiago.when).toBe('3 April 2027 at 09:00 UTC−3 – 4 April 2027 at 16:00 UTC−4')
})

test('within one night, the shared date is written once and both times keep their offsets', () => {
  const night = eventTime(
    { startsAt: '2027-03-28T00:00:00.000Z', endsAt: '2027-03-28T02:00:00.000Z', timeZone: 'Europe/Paris' },
    'en',
  )
  expect(night.when).toBe('28 March 2027, 01:00 UTC+1–04:00 UTC+2')
})

test('one offset, given once with the zone, when the clock does not change', () => {
  const winter = eventTime(
    { startsAt: '2027-01-12T09:00:00.000Z', endsAt: '2027-01-14T16:00:00.000Z', timeZone: 'Europe/Paris' },
    'en',
  )
  expect(winter).toEqual({
    when: '12 January 2027 at 10:00 – 14 January 2027 at 17:00',
    zone: 'Central European Time, UTC+1',
  })
  // All-day events are dates: no offset at all, even across the change.
  expect(eventTime({ ...paris, allDay: true }, 'en')).toEqual({ when: '27 – 29 March 2027', zone: null })
})

test('wall-clock helpers: local time with its offset, and a time kept when the zone is corrected', () => {
  expect(isoInZone(new Date(paris.startsAt), 'Europe/Paris')).toBe('2027-03-27T10:00:00+01:00')
  expect(isoInZone(new Date(paris.endsAt), 'Europe/Paris')).toBe('2027-03-29T17:00:00+02:00')
  expect(isoInZone(new Date('2027-03-27T09:00:00Z'), 'America/Bogota')).toBe('2027-03-27T04:00:00-05:00')
  expect(wallTimeIn(new Date(paris.startsAt), 'Asia/Bangkok')).toBe('2027-03-27T16:00:00')
  // 10:00 in Geneva, corrected to Nairobi, is still 10:00 (07:00 UTC there).
  expect(sameWallTimeIn(new Date('2027-01-12T09:00:00Z'), 'Europe/Zurich', 'Africa/Nairobi').toISOString()).toBe(
    '2027-01-12T07:00:00.000Z',
  )
})
