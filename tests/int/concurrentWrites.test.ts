/**
 * Saves arriving together on the embedded database wait for each other instead of failing: SQLite
 * has one writer at a time, and the libsql client opens a new connection for every transaction.
 * Before lib/database.ts gave every connection a busy timeout, the second of two simultaneous
 * writes failed at once with SQLITE_BUSY ("database is locked"): an editor's autosave answered 500
 * whenever the job runner or another editor was writing.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { makePressRelease } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

test('twenty simultaneous saves all succeed', async () => {
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) => makePressRelease(payload, { title: `Communiqué simultané ${i + 1}` })),
  )
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []))
  expect(failures).toEqual([])
  const { totalDocs } = await payload.count({
    collection: 'press-releases',
    locale: 'fr',
    where: { title: { like: 'simultané' } },
  })
  expect(totalDocs).toBe(20)
})
