/**
 * Dates typed in a place's zone (fields/zonedDate). An event's start and end carry its zone for
 * Payload's date pickers (`startsAt_tz`, `endsAt_tz`): filled from the event's zone on every write,
 * read from it when missing (MongoDB documents saved before), and copied into existing SQLite rows by
 * the migration's data step, no instant changed. A press release's date is in its dateline's zone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { searchSite } from '../../lib/search/search'
import { copyEventZones } from '../../migrations/20261130_085040_event_date_zones'
import { zoneReleasesByDateline } from '../../migrations/20261130_093341_release_date_zones'
import type { Event } from '../../payload-types'
import { refusalOf } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const isMongo = () => (process.env.DATABASE_URI ?? '').startsWith('mongodb')

const event = {
  title: 'Atelier régional',
  kind: 'workshop' as const,
  status: 'scheduled' as const,
  // 10:00–17:00 in Paris, across the change to summer time (UTC+1 → UTC+2).
  startsAt: '2027-03-27T09:00:00.000Z',
  endsAt: '2027-03-29T15:00:00.000Z',
  _status: 'published' as const,
}

/** The zone companions as stored, bypassing Payload's read hooks. */
async function storedZones(id: Event['id']): Promise<{ start: unknown; end: unknown; instants: unknown[] }> {
  if (isMongo()) {
    const raw = await payload.db.collections.events.findById(id).lean<Record<string, unknown>>()
    return { start: raw?.startsAt_tz, end: raw?.endsAt_tz, instants: [raw?.startsAt, raw?.endsAt] }
  }
  const db = payload.db.drizzle as MigrateUpArgs['db']
  const [row] = (await db.all(
    sql`SELECT startsat_tz, endsat_tz, starts_at, ends_at FROM events WHERE id = ${id}`,
  )) as Record<string, unknown>[]
  return { start: row.startsat_tz, end: row.endsat_tz, instants: [row.starts_at, row.ends_at] }
}

/** An event as saved before the companions existed: the zone only in `timeZone`. */
async function forgetZones(): Promise<void> {
  if (isMongo()) {
    await payload.db.collections.events.updateMany({}, { $unset: { startsAt_tz: '', endsAt_tz: '' } })
    return
  }
  const db = payload.db.drizzle as MigrateUpArgs['db']
  await db.run(sql`UPDATE events SET startsat_tz = NULL, endsat_tz = NULL`)
  await db.run(sql`UPDATE _events_v SET version_startsat_tz = NULL, version_endsat_tz = NULL`)
}

test('a new event without a zone takes its host office’s, and both dates carry it', async () => {
  const office = await payload.create({
    collection: 'offices',
    locale: 'fr',
    data: {
      name: 'Bureau de Paris',
      kind: 'liaison-office',
      region: 'eea',
      city: 'Paris',
      country: 'FR',
      timeZone: 'Europe/Paris',
    },
  })
  // No timeZone, as a REST or import writer may send it (the type wants one: the hook gives it).
  const withoutZone = { ...event, office: office.id } as typeof event & { office: number; timeZone: Event['timeZone'] }
  const created = await payload.create({ collection: 'events', locale: 'fr', data: withoutZone })
  expect(created.timeZone).toBe('Europe/Paris')
  expect([created.startsAt_tz, created.endsAt_tz]).toEqual(['Europe/Paris', 'Europe/Paris'])
  expect(await storedZones(created.id)).toMatchObject({ start: 'Europe/Paris', end: 'Europe/Paris' })
})

test('the dates follow the event’s zone, whatever a writer sends for them', async () => {
  const created = await payload.create({
    collection: 'events',
    locale: 'fr',
    data: { ...event, title: 'Atelier de Nairobi', timeZone: 'Africa/Nairobi', startsAt_tz: 'Asia/Bangkok' },
  })
  expect([created.startsAt_tz, created.endsAt_tz]).toEqual(['Africa/Nairobi', 'Africa/Nairobi'])
  const moved = await payload.update({
    collection: 'events',
    id: created.id,
    locale: 'fr',
    data: { timeZone: 'America/Lima' },
  })
  expect([moved.startsAt_tz, moved.endsAt_tz]).toEqual(['America/Lima', 'America/Lima'])
  // A zone is a label for the picker: the instants are what was sent.
  expect([moved.startsAt, moved.endsAt]).toEqual([event.startsAt, event.endsAt])
})

test('events saved before the companions read with their own zone, and the migration stores it', async () => {
  const created = await payload.create({
    collection: 'events',
    locale: 'fr',
    data: { ...event, title: 'Session de Genève', timeZone: 'Europe/Zurich' },
  })
  const before = await storedZones(created.id)
  await forgetZones()
  expect(await storedZones(created.id)).toMatchObject({ start: null, end: null })

  // Read through Payload (REST, admin, site) without the companions: the event's zone, not the reader's.
  const read = await payload.findByID({ collection: 'events', id: created.id, locale: 'fr' })
  expect([read.startsAt_tz, read.endsAt_tz]).toEqual(['Europe/Zurich', 'Europe/Zurich'])
  const draft = await payload.findByID({ collection: 'events', id: created.id, locale: 'fr', draft: true })
  expect([draft.startsAt_tz, draft.endsAt_tz]).toEqual(['Europe/Zurich', 'Europe/Zurich'])

  if (isMongo()) return // MongoDB has no migration: the read above is its whole story.
  await copyEventZones(payload.db.drizzle as MigrateUpArgs['db'])
  const after = await storedZones(created.id)
  expect(after).toEqual({ ...before, start: 'Europe/Zurich', end: 'Europe/Zurich' })
  const db = payload.db.drizzle as MigrateUpArgs['db']
  const versions = (await db.all(
    sql`SELECT version_time_zone, version_startsat_tz, version_endsat_tz FROM _events_v WHERE parent_id = ${created.id}`,
  )) as Record<string, unknown>[]
  expect(versions.length).toBeGreaterThan(0)
  for (const version of versions) {
    expect(version.version_startsat_tz).toBe(version.version_time_zone)
    expect(version.version_endsat_tz).toBe(version.version_time_zone)
  }
})

test('search results date an event in its own zone', async () => {
  await payload.create({
    collection: 'events',
    locale: 'fr',
    // 00:30 on 1 March in Nairobi: 28 February in UTC.
    data: {
      ...event,
      title: 'Veillée de Kibera',
      timeZone: 'Africa/Nairobi',
      startsAt: '2027-02-28T21:30:00.000Z',
      endsAt: '2027-02-28T23:30:00.000Z',
    },
  })
  const { hits } = await searchSite('fr', 'Kibera', 1)
  expect(hits.map(({ collection, date, timeZone }) => ({ collection, date, timeZone }))).toEqual([
    { collection: 'events', date: '2027-02-28T21:30:00.000Z', timeZone: 'Africa/Nairobi' },
  ])
})

test('a press release takes its dateline office’s zone, and the migration gives existing ones theirs', async () => {
  const lima = await payload.create({
    collection: 'offices',
    locale: 'fr',
    data: {
      name: 'OIM Pérou (test)',
      kind: 'country-office',
      region: 'south-america',
      city: 'Lima',
      country: 'PE',
      timeZone: 'America/Lima',
    },
  })
  const release = await payload.create({
    collection: 'press-releases',
    locale: 'fr',
    data: {
      title: 'Communiqué de Lima',
      // 21:00 on 26 November in Lima.
      publishedDate: '2019-11-27T02:00:00.000Z',
      dateline: { city: 'Lima', office: lima.id },
      _status: 'published',
    },
  })
  expect([release.timeZone, release.publishedDate_tz]).toEqual(['America/Lima', 'America/Lima'])
  const undated = await payload.create({
    collection: 'press-releases',
    locale: 'fr',
    data: { title: 'Communiqué sans lieu', publishedDate: '2019-11-27T02:00:00.000Z', _status: 'published' },
  })
  expect(undated.timeZone).toBe('Europe/Zurich')
  // An emptied zone is refused with a message, not stored.
  expect(
    await refusalOf(
      payload.update({ collection: 'press-releases', id: release.id, locale: 'fr', data: { timeZone: null as never } }),
    ),
  ).toEqual(['timeZone: Choose a time zone: the dates beside it are typed and shown in it.'])

  if (isMongo()) return
  const db = payload.db.drizzle as MigrateUpArgs['db']
  await db.run(sql`UPDATE press_releases SET time_zone = NULL, publisheddate_tz = NULL`)
  await db.run(sql`UPDATE _press_releases_v SET version_time_zone = NULL, version_publisheddate_tz = NULL`)
  await zoneReleasesByDateline(db)
  const rows = (await db.all(
    sql`SELECT id, time_zone, publisheddate_tz, published_date FROM press_releases ORDER BY id`,
  )) as Record<string, unknown>[]
  expect(
    rows.map(({ time_zone, publisheddate_tz, published_date }) => [time_zone, publisheddate_tz, published_date]),
  ).toEqual([
    ['America/Lima', 'America/Lima', '2019-11-27T02:00:00.000Z'],
    ['Europe/Zurich', 'Europe/Zurich', '2019-11-27T02:00:00.000Z'],
  ])
  const versions = (await db.all(
    sql`SELECT DISTINCT version_time_zone, version_publisheddate_tz FROM _press_releases_v WHERE parent_id = ${release.id}`,
  )) as Record<string, unknown>[]
  expect(versions).toEqual([{ version_time_zone: 'America/Lima', version_publisheddate_tz: 'America/Lima' }])
})
