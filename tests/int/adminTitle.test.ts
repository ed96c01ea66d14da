/** The admin names every document in every language: its own title, else its original title marked with its language. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { Office, PressRelease, User } from '../../payload-types'
import { makePressRelease, makeUser } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let translatorEs: User
let release: PressRelease

beforeAll(async () => {
  payload = await startPayload()
  translatorEs = await makeUser(payload, 'translator', ['es'])
  release = await makePressRelease(payload, { title: 'Le Conseil ouvre sa session' })
})
afterAll(() => stopPayload(payload))

const namesOf = async (collection: 'press-releases' | 'offices', id: number | string) => {
  const doc = await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 })
  return doc.adminTitle as unknown as Record<string, string | null>
}

test('a new French release is named by its French title, marked [FR], in the languages it is not translated into', async () => {
  expect(await namesOf('press-releases', release.id)).toEqual({
    fr: 'Le Conseil ouvre sa session',
    en: 'Le Conseil ouvre sa session [FR]',
    es: 'Le Conseil ouvre sa session [FR]',
    ar: 'Le Conseil ouvre sa session [FR]',
  })
})

test('a translation names it in its language; renaming the original renames only the untranslated entries', async () => {
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'es',
    data: { title: 'El Consejo abre su período de sesiones' },
    overrideAccess: false,
    user: translatorEs,
  })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'fr',
    data: { title: 'Le Conseil ouvre sa 116e session' },
  })
  expect(await namesOf('press-releases', release.id)).toEqual({
    fr: 'Le Conseil ouvre sa 116e session',
    en: 'Le Conseil ouvre sa 116e session [FR]',
    es: 'El Consejo abre su período de sesiones',
    ar: 'Le Conseil ouvre sa 116e session [FR]',
  })
})

test('the name is what relationship pickers and lists read: the Spanish list names the untranslated office', async () => {
  const office = (await payload.create({
    collection: 'offices',
    locale: 'fr',
    data: {
      name: 'Bureau de pays à Dakar',
      kind: 'country-office',
      region: 'west-central-africa',
      city: 'Dakar',
      country: 'SN',
      timeZone: 'Africa/Dakar',
      sourceLocale: 'fr',
    },
  })) as Office
  const list = await payload.find({
    collection: 'offices',
    locale: 'es',
    where: { id: { equals: office.id } },
    depth: 0,
  })
  expect(list.docs[0]?.adminTitle).toBe('Bureau de pays à Dakar [FR]')
  expect(payload.collections.offices.config.admin.useAsTitle).toBe('adminTitle')
})

test('a client cannot write the name', async () => {
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'ar',
    data: { adminTitle: 'Forged' } as Partial<PressRelease>,
  })
  expect((await namesOf('press-releases', release.id)).ar).toBe('Le Conseil ouvre sa 116e session [FR]')
})
