import { expect, test } from '@jest/globals'

import { offsetMinutes, zonedWallTimeToUtc } from '../../lib/time/zones'

test('wall-clock times convert to UTC in their own zone, across daylight saving', () => {
  expect(zonedWallTimeToUtc('2019-11-26T10:00', 'Europe/Zurich').toISOString()).toBe('2019-11-26T09:00:00.000Z')
  expect(zonedWallTimeToUtc('2019-07-01T10:00', 'Europe/Zurich').toISOString()).toBe('2019-07-01T08:00:00.000Z')
  expect(zonedWallTimeToUtc('2015-09-10', 'America/Santiago').toISOString()).toBe('2015-09-10T03:00:00.000Z')
  expect(zonedWallTimeToUtc('2019-10-29T09:30', 'Asia/Kolkata').toISOString()).toBe('2019-10-29T04:00:00.000Z')
})

test('offsets are read from the zone, not the machine', () => {
  expect(offsetMinutes(new Date('2019-01-15T12:00:00Z'), 'Africa/Dakar')).toBe(0)
  expect(offsetMinutes(new Date('2019-01-15T12:00:00Z'), 'America/Bogota')).toBe(-300)
})

test('malformed local times are refused', () => {
  expect(() => zonedWallTimeToUtc('26/11/2019', 'Europe/Zurich')).toThrow(/not a local date-time/)
})
