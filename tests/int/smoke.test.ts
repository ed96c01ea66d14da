import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

test('creates and reads an office in French', async () => {
  const office = await payload.create({
    collection: 'offices',
    locale: 'fr',
    data: {
      name: 'Siège de l’OIM',
      kind: 'headquarters',
      region: 'global',
      city: 'Genève',
      country: 'CH',
      timeZone: 'Europe/Zurich',
    },
  })
  expect(office.slug).toBe('siege-de-l-oim')
  expect(office.sourceLocale).toBe('fr')
})
