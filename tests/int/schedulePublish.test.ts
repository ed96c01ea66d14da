/** Scheduled publish and unpublish: the job the admin's "Schedule" drawer queues, run by the jobs queue at its time. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

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

const statusOf = async (id: number) => (await payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 }))._status
const visibleToVisitors = async (id: number) =>
  (await payload.find({ collection: 'press-releases', where: { id: { equals: id } }, overrideAccess: false, user: null, locale: 'fr' })).totalDocs === 1

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
    input: { type: 'publish', doc: { relationTo: 'press-releases', value: draft.id }, user: { relationTo: 'users', value: translator.id } },
    waitUntil: new Date(Date.now() - 1000),
  })
  await payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft.id)).toBe('draft')
})

test('the app runs the queue by itself every minute', () => {
  expect(payload.config.jobs.autoRun).toEqual([{ cron: '* * * * *', queue: 'default', limit: 100 }])
})
