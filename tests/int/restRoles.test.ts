/** Every rule of the editorial workflow, for every role, through the REST API with real logins (and GraphQL for the translator's limits). */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { PressRelease, User } from '../../payload-types'
import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { graphQL, login, rest } from './restClient'

type Method = Parameters<typeof rest>[0]

/** `rest` with a typed body; `json` sent as JSON, `text` (an XLIFF file) as it is. */
async function api<T = Record<string, unknown>>(
  method: Method,
  path: string,
  options: { token?: string; json?: unknown; text?: string } = {},
) {
  const response = await rest(method, path.replace(/^\//, ''), {
    token: options.token,
    body: options.json ?? options.text,
  })
  return { ...response, body: response.body as T }
}

let payload: Payload
let tokens: Record<'admin' | 'editor' | 'translator', string>
let translator: User
let published: PressRelease, draft: PressRelease

interface Doc {
  doc?: { id: number; title?: string; _status?: string }
  docs?: { id: number }[]
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
}

const messageOf = (response: { body: Doc; text: string }): string =>
  response.body.errors?.map((e) => e.message).join(' ') ?? response.text

beforeAll(async () => {
  payload = await startPayload()
  const admin = await makeUser(payload, 'admin')
  const editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['es'])
  tokens = {
    admin: await login(admin.email, PASSWORD),
    editor: await login(editor.email, PASSWORD),
    translator: await login(translator.email, PASSWORD),
  }
  published = await makePressRelease(payload, { title: 'Communiqué publié REST' })
  draft = await makePressRelease(payload, { title: 'Brouillon REST', status: 'draft' })
})
afterAll(() => stopPayload(payload))

describe('anonymous', () => {
  test('reads published documents, never drafts or versions', async () => {
    const list = await api<Doc>('GET', '/press-releases?locale=fr&draft=true')
    expect(list.body.docs?.map((d) => d.id)).toEqual([published.id])
    expect((await api('GET', `/press-releases/${draft.id}?draft=true`)).status).toBe(404)
    expect((await api('GET', '/press-releases/versions')).status).toBe(403)
  })

  test('cannot write or use the translation API', async () => {
    expect(
      (await api('POST', '/press-releases?locale=fr', { json: { title: 'Spam', sourceLocale: 'fr' } })).status,
    ).toBe(403)
    expect((await api('GET', '/translations/export?locale=es')).status).toBe(401)
  })
})

describe('editor', () => {
  test('creates a draft, publishes it, and deletes it', async () => {
    const created = await api<Doc>('POST', '/press-releases?locale=en&draft=true', {
      token: tokens.editor,
      json: { title: 'Editor draft', publishedDate: '2026-01-01T00:00:00.000Z', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc?.id
    const publishedNow = await api<Doc>('PATCH', `/press-releases/${id}?locale=en`, {
      token: tokens.editor,
      json: { _status: 'published' },
    })
    expect(publishedNow.body.doc?._status).toBe('published')
    expect((await api<Doc>('GET', `/press-releases/${id}?locale=en`)).body).toMatchObject({ title: 'Editor draft' })
    expect((await api('DELETE', `/press-releases/${id}`, { token: tokens.editor })).status).toBe(200)
  })

  test('reads versions of a document', async () => {
    const versions = await api<{ totalDocs: number }>(
      'GET',
      `/press-releases/versions?where[parent][equals]=${published.id}`,
      { token: tokens.editor },
    )
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThan(0)
  })

  test('cannot manage users', async () => {
    const created = await api('POST', '/users', {
      token: tokens.editor,
      json: { name: 'X', email: 'x@example.org', password: 'long-enough-password', role: 'admin' },
    })
    expect(created.status).toBe(403)
  })
})

describe('translator (es)', () => {
  test('translates localized fields into Spanish', async () => {
    const saved = await api<Doc>('PATCH', `/press-releases/${published.id}?locale=es`, {
      token: tokens.translator,
      json: { title: 'Comunicado publicado REST', summary: 'Resumen' },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.doc?.title).toBe('Comunicado publicado REST')
  })

  test('is refused a non-localized field, with the field named', async () => {
    const refused = await api<Doc>('PATCH', `/press-releases/${published.id}?locale=es`, {
      token: tokens.translator,
      json: { publishedDate: '2001-01-01T00:00:00.000Z' },
    })
    expect(refused.status).toBe(403)
    expect(messageOf(refused)).toMatch(/shared by all languages: publishedDate/)
  })

  test('sees shared fields read-only in the admin (its document permissions), translated fields editable', async () => {
    // Payload's document permissions, as the edit view reads them: `fields: true` is everything;
    // a field without `update` is read-only.
    type Permissions = { fields?: true | Record<string, { update?: boolean }> }
    const canUpdate = (p: Permissions, field: string) => p.fields === true || p.fields?.[field]?.update === true
    const translatorView = (
      await api<Permissions>('POST', `/press-releases/access/${published.id}?locale=es`, { token: tokens.translator })
    ).body
    expect(canUpdate(translatorView, 'title')).toBe(true)
    expect(canUpdate(translatorView, 'summary')).toBe(true)
    expect(canUpdate(translatorView, 'publishedDate')).toBe(false)
    expect(canUpdate(translatorView, 'heroImage')).toBe(false)
    expect(canUpdate(translatorView, 'sourceLocale')).toBe(false)
    const editorView = (
      await api<Permissions>('POST', `/press-releases/access/${published.id}?locale=fr`, { token: tokens.editor })
    ).body
    expect(canUpdate(editorView, 'publishedDate')).toBe(true)
  })

  test('is refused a bulk update, and a shared field sent with a translation refuses the whole save', async () => {
    const bulk = await api<Doc>('PATCH', `/press-releases?locale=es&where[id][equals]=${published.id}`, {
      token: tokens.translator,
      json: { summary: 'Masivo' },
    })
    expect([400, 403]).toContain(bulk.status)
    expect(messageOf(bulk)).toMatch(/one document at a time/)
    const mixed = await api<Doc>('PATCH', `/press-releases/${published.id}?locale=es`, {
      token: tokens.translator,
      json: { summary: 'Nuevo resumen', themes: ['tuberculosis'] },
    })
    expect(mixed.status).toBe(403)
    expect(messageOf(mixed)).toMatch(/shared by all languages: themes/)
    expect(
      (await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'es', depth: 0 })).summary,
    ).toBe('Resumen')
  })

  test('is refused another locale and the source locale', async () => {
    expect(
      (
        await api('PATCH', `/press-releases/${published.id}?locale=ar`, {
          token: tokens.translator,
          json: { title: 'بيان' },
        })
      ).status,
    ).toBe(403)
    const source = await api<Doc>('PATCH', `/press-releases/${published.id}?locale=fr`, {
      token: tokens.translator,
      json: { title: 'Réécrit' },
    })
    expect(source.status).toBe(403)
  })

  test('is refused creating, deleting and publishing a draft', async () => {
    expect(
      (
        await api('POST', '/press-releases?locale=es&draft=true', {
          token: tokens.translator,
          json: { title: 'Nuevo', sourceLocale: 'es' },
        })
      ).status,
    ).toBe(403)
    expect((await api('DELETE', `/press-releases/${published.id}`, { token: tokens.translator })).status).toBe(403)
    const publish = await api<Doc>('PATCH', `/press-releases/${draft.id}?locale=es`, {
      token: tokens.translator,
      json: { title: 'Borrador', _status: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(messageOf(publish)).toMatch(/Only an editor can publish/)
    const after = await payload.findByID({ collection: 'press-releases', id: draft.id, draft: true, depth: 0 })
    expect(after._status).toBe('draft')
  })

  test('is refused the same through GraphQL', async () => {
    const result = await graphQL(
      `mutation { updatePressRelease(id: ${published.id}, locale: es, data: { publishedDate: "2001-01-01T00:00:00.000Z" }) { id } }`,
      {
        token: tokens.translator,
      },
    )
    expect((result.body as { errors?: { message: string }[] }).errors?.[0]?.message).toMatch(/publishedDate/)
    const stored = await payload.findByID({ collection: 'press-releases', id: published.id, depth: 0 })
    expect(stored.publishedDate).toBe('2019-11-26T09:00:00.000Z')
  })

  test('exports and imports only its own languages', async () => {
    expect((await api('GET', '/translations/export?locale=ar', { token: tokens.translator })).status).toBe(403)
    const exported = await api('GET', '/translations/export?locale=es&collection=press-releases&status=partial', {
      token: tokens.translator,
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="passerelle-fr-to-es.xlf"')
    const filled = exported.text.replace(
      /<segment id="([^"]+)" state="initial"><source>(.*?)<\/source><\/segment>/g,
      '<segment id="$1"><source>$2</source><target>ES $2</target></segment>',
    )
    const imported = await api<{ ok: boolean; applied: number }>('POST', '/translations/import', {
      token: tokens.translator,
      text: filled,
    })
    expect(imported.status).toBe(200)
    expect(imported.body.ok).toBe(true)
    const refused = await api<{ error: string }>('POST', '/translations/import', {
      token: tokens.translator,
      text: filled.replace('trgLang="es"', 'trgLang="ar"'),
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toBe('you may not translate into "ar"')
  })

  test('sees the translation status of documents', async () => {
    const status = await api<{ rows: { id: number; locales: { locale: string; state: string }[] }[] }>(
      'GET',
      '/translations/status?collection=press-releases',
      { token: tokens.translator },
    )
    const row = status.body.rows.find((r) => r.id === published.id)
    expect(row?.locales.find((l) => l.locale === 'es')?.state).toBe('complete')
    expect(row?.locales.find((l) => l.locale === 'fr')?.state).toBe('source')
  })
})

describe('versions', () => {
  test('an editor restores an earlier version; a translator cannot restore one', async () => {
    await api('PATCH', `/press-releases/${published.id}?locale=fr`, {
      token: tokens.editor,
      json: { title: 'Titre modifié', publishedDate: '2020-02-02T00:00:00.000Z' },
    })
    const versions = await api<{ docs: { id: number; version: { title?: string } }[] }>(
      'GET',
      `/press-releases/versions?where[parent][equals]=${published.id}&locale=fr&sort=createdAt&limit=1`,
      { token: tokens.editor },
    )
    const first = versions.body.docs[0]
    expect(first?.version.title).toBe('Communiqué publié REST')

    const byTranslator = await api('POST', `/press-releases/versions/${first?.id}?locale=es`, {
      token: tokens.translator,
    })
    expect(byTranslator.status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'fr', depth: 0 })).title,
    ).toBe('Titre modifié')

    // Restored and published in one step, although Payload validates a restore in its default
    // language (English), where this French release has no title: titles are required in the
    // original language only (fields/validators requiredInOriginalLanguage).
    const byEditor = await api<Doc>('POST', `/press-releases/versions/${first?.id}?locale=fr`, { token: tokens.editor })
    expect(byEditor.status).toBe(200)
    expect((await payload.findByID({ collection: 'press-releases', id: published.id, depth: 0 }))._status).toBe(
      'published',
    )
    const restored = await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'fr', depth: 0 })
    expect(restored.title).toBe('Communiqué publié REST')
    expect(restored.publishedDate).toBe('2019-11-26T09:00:00.000Z')
  })
})

describe('admin', () => {
  test('manages users and roles', async () => {
    const created = await api<Doc>('POST', '/users', {
      token: tokens.admin,
      json: {
        name: 'New translator',
        email: 'new-tr@example.org',
        password: 'long-enough-password',
        role: 'translator',
        languages: ['ar'],
      },
    })
    expect(created.status).toBe(201)
    expect((await api('DELETE', `/users/${created.body.doc?.id}`, { token: tokens.admin })).status).toBe(200)
  })
})
