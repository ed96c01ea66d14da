/** The admin's draft preview: staff only, to the document's page in the chosen language, drafts included. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { resolvePreview } from '../../lib/preview/resolvePreview'
import type { PressRelease } from '../../payload-types'
import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login } from './restClient'

let payload: Payload
let draft: PressRelease
let editorToken: string

beforeAll(async () => {
  payload = await startPayload()
  const editor = await makeUser(payload, 'editor')
  editorToken = await login(editor.email, PASSWORD)
  draft = await makePressRelease(payload, { title: 'Brouillon à prévisualiser', status: 'draft' })
})
afterAll(() => stopPayload(payload))

const headers = (token?: string) => new Headers(token ? { Authorization: `JWT ${token}` } : {})
const params = (locale: string, id: number | string = draft.id) =>
  new URLSearchParams({ collection: 'press-releases', id: String(id), locale })

test('a logged-in editor previews a draft on its page, in its language', async () => {
  expect(await resolvePreview(payload, headers(editorToken), params('fr'))).toEqual({
    ok: true,
    path: '/fr/news/brouillon-a-previsualiser',
  })
})

test('in a language it is not translated into, the page of its source text', async () => {
  expect(await resolvePreview(payload, headers(editorToken), params('es'))).toEqual({
    ok: true,
    path: '/es/news/brouillon-a-previsualiser',
  })
  await payload.update({
    collection: 'press-releases',
    id: draft.id,
    locale: 'es',
    data: { title: 'Borrador para previsualizar' },
    draft: true,
  })
  expect(await resolvePreview(payload, headers(editorToken), params('es'))).toEqual({
    ok: true,
    path: '/es/news/borrador-para-previsualizar',
  })
})

test('visitors and bad requests are refused', async () => {
  expect(await resolvePreview(payload, headers(), params('fr'))).toMatchObject({ ok: false, status: 401 })
  expect(await resolvePreview(payload, headers(editorToken), params('de'))).toMatchObject({ ok: false, status: 400 })
  expect(await resolvePreview(payload, headers(editorToken), params('fr', 999999))).toMatchObject({
    ok: false,
    status: 404,
  })
})

test('the admin shows a preview button linking there', () => {
  const preview = payload.collections['press-releases'].config.admin.preview
  expect(preview?.({ id: 7 }, { locale: 'ar', req: {} as never, token: null })).toBe(
    '/preview?collection=press-releases&id=7&locale=ar',
  )
})
