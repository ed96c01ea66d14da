/**
 * Per-locale publishing through the REST API with real logins: a language is published while the
 * others stay draft, and the site shows each language's published text, falling back to the
 * source language where a translation is not published.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import NewsDetail from '../../app/(frontend)/[locale]/news/[slug]/page'
import type { LocaleCode } from '../../lib/i18n/locales'
import { translationRows } from '../../translation/overview'
import type { PressRelease, User } from '../../payload-types'
import { localeCodes } from '../../lib/i18n/locales'
import { publicationByLocale, readerFor } from '../../translation/publication'
import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login, rest } from './restClient'

let payload: Payload
let editor: string
let spanish: string
let arabic: string
let release: PressRelease
let editorUser: User

beforeAll(async () => {
  payload = await startPayload()
  const users = {
    editor: await makeUser(payload, 'editor'),
    es: await makeUser(payload, 'translator', ['es']),
    ar: await makeUser(payload, 'translator', ['ar']),
  }
  editorUser = users.editor
  editor = await login(users.editor.email, PASSWORD)
  spanish = await login(users.es.email, PASSWORD)
  arabic = await login(users.ar.email, PASSWORD)
  release = await makePressRelease(payload, { title: 'Le Conseil s’ouvre à Genève', slug: 'conseil-geneve' })
})
afterAll(() => stopPayload(payload))

const patch = async (token: string, query: string, json: Record<string, unknown>) => {
  const response = await rest('PATCH', `press-releases/${release.id}?${query}`, { token, body: json })
  if (response.status !== 200)
    throw new Error(`PATCH ?${query} answered ${response.status}: ${response.text.slice(0, 300)}`)
}

/** What a visitor gets: the published document, one locale, no fallback (REST, anonymous). */
const published = async (locale: string) =>
  (
    (await rest('GET', `press-releases/${release.id}?locale=${locale}&fallback-locale=none&depth=0`)).body as {
      title?: string | null
    }
  ).title ?? null
/** What the editor sees in the admin: the newest draft. */
const latestDraft = async (locale: LocaleCode) =>
  (
    await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
  ).title ?? null
/** How the Translations screen labels a release: never published, published, or published with newer drafts. */
const publicationOf = async (id: number) =>
  (await translationRows(payload, { collections: ['press-releases'] })).find((r) => r.id === id)?.publication
const page = async (locale: string, slug: string) =>
  renderToStaticMarkup(await NewsDetail({ params: Promise.resolve({ locale, slug }) }))

test('a translator publishes their language alone: the editor’s French draft and another translator’s Arabic draft stay drafts', async () => {
  await patch(editor, 'locale=fr&draft=true', { title: 'Brouillon du nouveau titre' })
  await patch(arabic, 'locale=ar&draft=true', { title: 'مسودة العنوان' })
  // The Spanish translator saves: a published document, so their language is published, alone.
  await patch(spanish, 'locale=es', { title: 'El Consejo se abre en Ginebra', summary: 'Resumen.' })

  expect(await published('es')).toBe('El Consejo se abre en Ginebra')
  expect(await published('fr')).toBe('Le Conseil s’ouvre à Genève')
  expect(await published('ar')).toBeNull()
  // Nothing is lost: the drafts are still there to finish.
  expect(await latestDraft('fr')).toBe('Brouillon du nouveau titre')
  expect(await latestDraft('ar')).toBe('مسودة العنوان')
  expect(await latestDraft('es')).toBe('El Consejo se abre en Ginebra')

  // The site: Spanish in Spanish; Arabic falls back to the published French, under a notice.
  const es = await page('es', 'el-consejo-se-abre-en-ginebra')
  expect(es).toContain('El Consejo se abre en Ginebra')
  expect(es).not.toContain('class="notice"')
  const ar = await page('ar', 'conseil-geneve')
  expect(ar).toContain('Le Conseil s’ouvre à Genève')
  expect(ar).toContain('class="notice"')
  expect(ar).not.toContain('مسودة')
  expect(ar).not.toContain('Brouillon du nouveau titre')
  // The Translations screen: published (Spanish and French are), with drafts still to publish.
  expect(await publicationOf(release.id)).toBe('changed')
})

test('the sidebar says what visitors see in each language after a one-language publish (not the newest version’s “draft”)', async () => {
  const read = readerFor(payload, { user: editorUser }, 'press-releases', release.id)
  const fields = payload.collections['press-releases'].config.fields
  expect(await publicationByLocale(fields, localeCodes, read)).toEqual({
    fr: 'changed',
    es: 'published',
    ar: 'draft',
    en: 'not-written',
  })
})

test('an editor publishes French only (“Publish in French”), then every language at once', async () => {
  await patch(editor, 'locale=fr&publishSpecificLocale=fr', { _status: 'published' })
  expect(await published('fr')).toBe('Brouillon du nouveau titre')
  expect(await published('ar')).toBeNull()
  expect(await published('es')).toBe('El Consejo se abre en Ginebra')
  expect(await latestDraft('ar')).toBe('مسودة العنوان')

  await patch(editor, 'locale=fr', { _status: 'published' })
  expect(await published('ar')).toBe('مسودة العنوان')
  expect(await publicationOf(release.id)).toBe('published')
})

test('the Translations screen says “draft” only of a document never published', async () => {
  const draft = await makePressRelease(payload, {
    title: 'Un brouillon jamais publié',
    slug: 'brouillon-jamais-publie',
    status: 'draft',
  })
  expect(await publicationOf(draft.id)).toBe('draft')
})

test('a translator’s draft save publishes nothing, and a translator cannot publish a document that was never published', async () => {
  await patch(spanish, 'locale=es&draft=true', { title: 'Borrador sin publicar' })
  expect(await published('es')).toBe('El Consejo se abre en Ginebra')
  const draft = await makePressRelease(payload, { title: 'Jamais publié', status: 'draft' })
  const refused = await rest('PATCH', `press-releases/${draft.id}?locale=es`, {
    token: spanish,
    body: { title: 'Nunca publicado', _status: 'published' },
  })
  expect(refused.status).toBe(403)
  expect((await payload.findByID({ collection: 'press-releases', id: draft.id, draft: false, depth: 0 }))._status).toBe(
    'draft',
  )
})
