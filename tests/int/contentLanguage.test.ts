/**
 * A person's first login chooses the admin's content language: the language most documents are
 * written in for an editor (French here), a translator's first language; a later choice is kept.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await makePressRelease(payload, { title: 'Écrit en français' })
  await makePressRelease(payload, { title: 'Aussi en français' })
  await makePressRelease(payload, { title: 'Written in English', locale: 'en' })
})
afterAll(() => stopPayload(payload))

const preferredLocale = async (id: number) => {
  const found = await payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: 'locale' } }, { 'user.value': { equals: id } }] },
    depth: 0,
  })
  return found.docs.map((d) => d.value)
}

test('the first login stores the content language; the next one keeps what the person chose', async () => {
  const editor = await makeUser(payload, 'editor')
  const translator = await makeUser(payload, 'translator', ['ar', 'es'])
  await payload.login({ collection: 'users', data: { email: editor.email, password: PASSWORD } })
  await payload.login({ collection: 'users', data: { email: translator.email, password: PASSWORD } })
  expect(await preferredLocale(editor.id)).toEqual(['fr'])
  expect(await preferredLocale(translator.id)).toEqual(['ar'])

  const { docs } = await payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: 'locale' } }, { 'user.value': { equals: editor.id } }] },
    depth: 0,
  })
  // The person picks Spanish in the admin's locale menu (Payload replaces the preference).
  await payload.delete({ collection: 'payload-preferences', id: docs[0].id })
  await payload.create({
    collection: 'payload-preferences',
    data: { key: 'locale', user: { relationTo: 'users', value: editor.id }, value: 'es' },
    // Payload validates the relationship with the user's own read access (users see themselves only).
    user: editor,
  })
  await payload.login({ collection: 'users', data: { email: editor.email, password: PASSWORD } })
  expect(await preferredLocale(editor.id)).toEqual(['es'])
})
