/** Scheduled publish and unpublish: the job the admin's "Schedule" drawer queues, run by the jobs queue at its time. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { schedulePublication } from '../../lib/editorial/schedulePublication'
import type { User } from '../../payload-types'
import { makePressRelease, makeUser } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await startPayload()
  editor = await makeUser(payload, 'editor')
})
afterAll(() => stopPayload(payload))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the admin's schedule drawer does (@payloadcms/ui schedulePublishHandler). */
function schedule(type: 'publish' | 'unpublish', id: number, at: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'press-releases', value: id }, user: { relationTo: 'users', value: editor.id } },
    waitUntil: at,
  })
}

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 }))._status
const visibleToVisitors = async (id: number) =>
  (
    await payload.find({
      collection: 'press-releases',
      where: { id: { equals: id } },
      overrideAccess: false,
      user: null,
      locale: 'fr',
    })
  ).totalDocs === 1

test('a draft scheduled for publication is published at its time, not before, and unpublished at its time', async () => {
  const draft = await makePressRelease(payload, { title: 'Annonce programmée', status: 'draft' })
  await schedule('publish', draft.id, new Date(Date.now() + 1500))

  await payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft.id)).toBe('draft')
  expect(await visibleToVisitors(draft.id)).toBe(false)

  await sleep(1600)
  await payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft.id)).toBe('published')
  expect(await visibleToVisitors(draft.id)).toBe(true)

  await schedule('unpublish', draft.id, new Date(Date.now() + 200))
  await sleep(300)
  await payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft.id)).toBe('draft')
  expect(await visibleToVisitors(draft.id)).toBe(false)
})

test('the job runs with the scheduling user’s rights: a translator’s schedule cannot publish a draft', async () => {
  const translator = await makeUser(payload, 'translator', ['es'])
  const draft = await makePressRelease(payload, { title: 'Brouillon protégé', status: 'draft' })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'press-releases', value: draft.id },
      user: { relationTo: 'users', value: translator.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft.id)).toBe('draft')
})

test('the app runs the queue by itself every minute', () => {
  expect(payload.config.jobs.autoRun).toEqual([{ cron: '* * * * *', queue: 'default', limit: 100 }])
})

describe('scheduling from the command line (lib/schedule)', () => {
  test('queues the drawer’s job: a French-only publish happens at its time, other languages keep their state', async () => {
    const draft = await makePressRelease(payload, { title: 'Embargo jusqu’à lundi', status: 'draft' })
    const result = await schedulePublication(payload, {
      collection: 'press-releases',
      id: String(draft.id),
      type: 'publish',
      at: new Date(Date.now() + 300).toISOString(),
      locale: 'fr',
    })
    expect(result).toMatchObject({ ok: true })
    await payload.jobs.run({ queue: 'default' })
    expect(await visibleToVisitors(draft.id)).toBe(false)
    await sleep(400)
    await payload.jobs.run({ queue: 'default' })
    // Published in French; the newest version stays a draft holding the other languages' work.
    expect(await visibleToVisitors(draft.id)).toBe(true)
  })

  // SQLite's write lock; MongoDB has none to wait for.
  const sqliteTest = (process.env.DATABASE_URI ?? '').startsWith('file:') ? test : test.skip
  sqliteTest('waits while another process holds the write lock, then queues the job', async () => {
    const uri = process.env.DATABASE_URI ?? ''
    const draft = await makePressRelease(payload, { title: 'Embargo pendant une écriture', status: 'draft' })
    const other = createClient({ url: uri })
    await other.execute('BEGIN IMMEDIATE')
    const released = sleep(500).then(() => other.execute('COMMIT'))
    try {
      const result = await schedulePublication(payload, {
        collection: 'press-releases',
        id: String(draft.id),
        type: 'publish',
        at: '2030-01-01T09:00:00Z',
      })
      expect(result).toMatchObject({ ok: true })
    } finally {
      await released
      other.close()
    }
  })

  test.each([
    [
      { collection: 'media' },
      /"media" cannot be scheduled; one of: press-releases, events, health-programmes, (offices, pages|pages, offices)/,
    ],
    [{ collection: 'users' }, /"users" cannot be scheduled/],
    [{ id: '999999' }, /No press-releases document has the id 999999/],
    [{ id: '1; drop table' }, /is not a document id/],
    [{ at: '2026-12-01 09:00' }, /not a date and time with its time zone/],
    [{ at: '2026-02-31T09:00:00Z' }, /not a date and time/],
    [{ locale: 'de' }, /"de" is not one of the site's languages/],
    [{ type: 'unpublish' as const, locale: 'fr' }, /Unpublishing applies to every language/],
  ])('refuses %j and queues nothing', async (change, reason) => {
    const before = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    const result = await schedulePublication(payload, {
      collection: 'press-releases',
      id: '1',
      type: 'publish',
      at: '2030-01-01T09:00:00Z',
      ...change,
    })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toMatch(reason)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(before)
  })
})
