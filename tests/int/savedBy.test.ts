/**
 * Every version records who saved it: an editor's draft and publish, a translator's save of their
 * language, nobody for a job without a user; the author is no one's to read but staff's; a user
 * who leaves can be deleted, their versions kept.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { makePressRelease, makeUser } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

test('each version names who saved it, and keeps it when that user is deleted', async () => {
  const editor = await makeUser(payload, 'editor')
  const translator = await makeUser(payload, 'translator', ['es'])
  const release = await makePressRelease(payload, { title: 'Qui a enregistré' })
  const save = (user: typeof editor, locale: 'fr' | 'es', data: Record<string, unknown>, draft = false) =>
    payload.update({
      collection: 'press-releases',
      id: release.id,
      locale,
      draft,
      data,
      user,
      overrideAccess: false,
    })
  await save(editor, 'fr', { summary: 'Brouillon.', _status: 'draft' }, true)
  await save(editor, 'fr', { summary: 'Publié.', _status: 'published' })
  await save(translator, 'es', { title: 'Quién guardó' })

  const authors = async () => {
    const versions = await payload.findVersions({
      collection: 'press-releases',
      where: { and: [{ parent: { equals: release.id } }, { snapshot: { not_equals: true } }] },
      sort: 'updatedAt',
      depth: 0,
      select: { version: { updatedBy: true } },
    })
    return versions.docs.map((v) => (v.version as { updatedBy?: number | null }).updatedBy ?? null)
  }
  // Made by the fixture without a user (as the seed and the importer do): nobody.
  expect(await authors()).toEqual([null, editor.id, editor.id, translator.id])

  const anonymous = await payload.findByID({ collection: 'press-releases', id: release.id, overrideAccess: false })
  expect(anonymous).not.toHaveProperty('updatedBy')

  await payload.delete({ collection: 'users', id: editor.id })
  expect(await authors()).toEqual([null, null, null, translator.id])
})
