/**
 * The admin's draft preview: staff only, to the document's page in the chosen language; there the
 * read layer shows the latest draft to the previewing member of staff and nothing of it to anyone else.
 * (The journey itself, through the admin, the pages and their caches, is tests/e2e/preview.test.ts.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { readBySlug } from '../../lib/content/documents'
import { visitor, type Viewer } from '../../lib/content/viewer'
import { livePreview } from '../../lib/preview/adminLinks'
import { resolvePreview } from '../../lib/preview/resolvePreview'
import type { PressRelease } from '../../payload-types'
import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login } from './restClient'

let payload: Payload
let draft: PressRelease
let editorToken: string
let staff: Viewer

beforeAll(async () => {
  payload = await startPayload()
  const editor = await makeUser(payload, 'editor')
  editorToken = await login(editor.email, PASSWORD)
  const translator = await makeUser(payload, 'translator', ['es'])
  staff = { preview: true, user: { ...translator, collection: 'users' } as TypedUser }
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

test('on the page, a previewing member of staff reads the latest draft; a visitor reads nothing of it', async () => {
  const read = (viewer: Viewer, locale: 'fr' | 'es', slug: string) =>
    readBySlug(payload, 'press-releases', locale, slug, { title: true }, viewer)
  await expect(read(visitor, 'fr', 'brouillon-a-previsualiser')).resolves.toEqual({ status: 'not-found' })
  await expect(read(staff, 'fr', 'brouillon-a-previsualiser')).resolves.toMatchObject({
    status: 'found',
    result: { doc: { title: 'Brouillon à prévisualiser' }, locale: 'fr', isFallback: false },
    alternates: { fr: 'brouillon-a-previsualiser', es: 'borrador-para-previsualizar' },
  })

  // A published release with newer, unpublished changes: the draft for staff, the published text for visitors.
  const published = await makePressRelease(payload, { title: 'Communiqué publié puis révisé' })
  await payload.update({
    collection: 'press-releases',
    id: published.id,
    locale: 'fr',
    data: { title: 'Communiqué révisé, pas encore publié' },
    draft: true,
  })
  await expect(read(visitor, 'fr', published.slug ?? '')).resolves.toMatchObject({
    result: { doc: { title: 'Communiqué publié puis révisé' } },
  })
  await expect(read(staff, 'fr', published.slug ?? '')).resolves.toMatchObject({
    result: { doc: { title: 'Communiqué révisé, pas encore publié' } },
  })
  // Not translated into Spanish yet: the page in Spanish shows the French draft, marked as such.
  await expect(read(staff, 'es', published.slug ?? '')).resolves.toMatchObject({
    result: { doc: { title: 'Communiqué révisé, pas encore publié' }, locale: 'fr', isFallback: true },
  })
})

test('the Live Preview panel loads the same preview address, absolute on the admin’s origin', async () => {
  const config = livePreview('press-releases')
  const url = typeof config.url === 'function' ? config.url : () => null
  const req = { origin: 'https://cms.example.org' } as PayloadRequest
  const args = { data: { id: 7 }, locale: { code: 'ar', label: '' }, req, payload }
  expect(await url(args)).toBe('https://cms.example.org/preview?collection=press-releases&id=7&locale=ar')
  expect(await url({ ...args, data: {} })).toBeNull()
  expect(config.breakpoints?.map((b) => `${b.name} ${b.width}`)).toEqual(['phone 375', 'tablet 768', 'desktop 1440'])
})

test('an office (no drafts) previews as it is published', async () => {
  const office = await payload.create({
    collection: 'offices',
    locale: 'fr',
    data: {
      name: 'Bureau de pays au Caire',
      kind: 'country-office',
      region: 'mena',
      city: 'Le Caire',
      country: 'EG',
      timeZone: 'Africa/Cairo',
    },
  })
  expect(
    await resolvePreview(
      payload,
      headers(editorToken),
      new URLSearchParams({ collection: 'offices', id: String(office.id), locale: 'fr' }),
    ),
  ).toEqual({ ok: true, path: `/fr/offices/${office.slug}` })
  await expect(readBySlug(payload, 'offices', 'fr', office.slug ?? '', { name: true }, staff)).resolves.toMatchObject({
    status: 'found',
    result: { doc: { name: 'Bureau de pays au Caire' } },
  })
})
