/** Every access rule of the design, for every role, through the Local API with access enforced. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { PressRelease, User } from '../../payload-types'
import { makePressRelease, makeUser, refusalOf } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let admin: User, editor: User, translatorEs: User, translatorFr: User
let published: PressRelease, draft: PressRelease

beforeAll(async () => {
  payload = await startPayload()
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  translatorEs = await makeUser(payload, 'translator', ['es'])
  translatorFr = await makeUser(payload, 'translator', ['fr', 'ar'])
  published = await makePressRelease(payload, { title: 'Communiqué publié' })
  draft = await makePressRelease(payload, { title: 'Communiqué en brouillon', status: 'draft' })
})
afterAll(() => stopPayload(payload))

const asUser = (user?: User) => ({ overrideAccess: false, user: user ?? null }) as const

describe('anonymous visitors', () => {
  test('see published press releases and never drafts', async () => {
    const found = await payload.find({ collection: 'press-releases', locale: 'fr', ...asUser() })
    const ids = found.docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(payload.findByID({ collection: 'press-releases', id: draft.id, ...asUser() })).rejects.toThrow()
  })

  test('cannot ask for drafts with draft=true either', async () => {
    const found = await payload.find({ collection: 'press-releases', draft: true, locale: 'fr', ...asUser() })
    expect(found.docs.map((d) => d.id)).not.toContain(draft.id)
  })

  test('cannot read versions or users', async () => {
    await expect(payload.findVersions({ collection: 'press-releases', ...asUser() })).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'users', ...asUser() })).rejects.toThrow(/not allowed/i)
  })

  test('cannot write anything', async () => {
    await expect(
      payload.create({
        collection: 'press-releases',
        data: { title: 'Spam', sourceLocale: 'en' },
        draft: true,
        ...asUser(),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'press-releases', id: published.id, data: { title: 'Defaced' }, ...asUser() }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'press-releases', id: published.id, ...asUser() })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(payload.updateGlobal({ slug: 'site', data: { organisationName: 'X' }, ...asUser() })).rejects.toThrow(
      /not allowed/i,
    )
  })
})

describe('editors', () => {
  test('create, publish, schedule-ready drafts, edit and delete content', async () => {
    const created = await payload.create({
      collection: 'events',
      locale: 'fr',
      data: {
        title: 'Atelier régional',
        kind: 'workshop',
        startsAt: '2026-03-01T09:00:00Z',
        endsAt: '2026-03-01T17:00:00Z',
        timeZone: 'Africa/Dakar',
        _status: 'draft',
      },
      draft: true,
      ...asUser(editor),
    })
    const publishedEvent = await payload.update({
      collection: 'events',
      id: created.id,
      locale: 'fr',
      data: { _status: 'published' },
      ...asUser(editor),
    })
    expect(publishedEvent._status).toBe('published')
    await payload.delete({ collection: 'events', id: created.id, ...asUser(editor) })
    await expect(payload.findByID({ collection: 'events', id: created.id, ...asUser(editor) })).rejects.toThrow()
  })

  test('read drafts and versions', async () => {
    const found = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
      locale: 'fr',
      ...asUser(editor),
    })
    expect(found.title).toBe('Communiqué en brouillon')
    const versions = await payload.findVersions({ collection: 'press-releases', ...asUser(editor) })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  test('cannot manage users or promote themselves', async () => {
    await expect(makeUserAs(editor, 'editor')).rejects.toThrow(/not allowed/i)
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      ...asUser(editor),
    })
    expect(self.role).toBe('editor')
    const others = await payload.find({ collection: 'users', ...asUser(editor) })
    expect(others.docs.map((u) => u.id)).toEqual([editor.id])
  })
})

describe('translators', () => {
  test('translate localized fields into their own locale', async () => {
    const updated = await payload.update({
      collection: 'press-releases',
      id: published.id,
      locale: 'es',
      data: { title: 'Comunicado publicado', summary: 'Resumen' },
      ...asUser(translatorEs),
    })
    expect(updated.title).toBe('Comunicado publicado')
    expect(updated.slug).toBe('comunicado-publicado')
    const fr = await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'fr' })
    expect(fr.title).toBe('Communiqué publié')
  })

  test('may save unchanged shared fields, as the admin form sends them', async () => {
    const current = await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'es', depth: 0 })
    const updated = await payload.update({
      collection: 'press-releases',
      id: published.id,
      locale: 'es',
      data: { ...current, summary: 'Resumen revisado' },
      ...asUser(translatorEs),
    })
    expect(updated.summary).toBe('Resumen revisado')
  })

  test('may publish their locale of a published document after an autosaved draft, as the admin does', async () => {
    await payload.update({
      collection: 'press-releases',
      id: published.id,
      locale: 'es',
      draft: true,
      data: { summary: 'Borrador automático' },
      ...asUser(translatorEs),
    })
    const saved = await payload.update({
      collection: 'press-releases',
      id: published.id,
      locale: 'es',
      data: { summary: 'Publicado', _status: 'published' },
      ...asUser(translatorEs),
    })
    expect(saved.summary).toBe('Publicado')
    const fr = await payload.findByID({ collection: 'press-releases', id: published.id, locale: 'fr' })
    expect(fr.title).toBe('Communiqué publié')
  })

  test('cannot edit another locale', async () => {
    await expect(
      payload.update({
        collection: 'press-releases',
        id: published.id,
        locale: 'ar',
        data: { title: 'بيان' },
        ...asUser(translatorEs),
      }),
    ).rejects.toThrow(/may not edit the "ar" version/)
  })

  test('cannot edit the source locale, even when they hold it', async () => {
    await expect(
      payload.update({
        collection: 'press-releases',
        id: published.id,
        locale: 'fr',
        data: { title: 'Réécrit' },
        ...asUser(translatorFr),
      }),
    ).rejects.toThrow(/source language/)
  })

  test('cannot change fields shared by all languages', async () => {
    await expect(
      payload.update({
        collection: 'press-releases',
        id: published.id,
        locale: 'es',
        data: { publishedDate: '2001-01-01T00:00:00.000Z' },
        ...asUser(translatorEs),
      }),
    ).rejects.toThrow(/publishedDate/)
    await expect(
      payload.update({
        collection: 'press-releases',
        id: published.id,
        locale: 'es',
        data: { themes: ['hiv'] },
        ...asUser(translatorEs),
      }),
    ).rejects.toThrow(/themes/)
    const after = await payload.findByID({ collection: 'press-releases', id: published.id, depth: 0 })
    expect(after.publishedDate).toBe('2019-11-26T09:00:00.000Z')
    expect(after.themes).toEqual(['migration-governance'])
  })

  test('cannot create, delete or publish a draft', async () => {
    await expect(
      payload.create({
        collection: 'press-releases',
        locale: 'es',
        data: { title: 'Nuevo', sourceLocale: 'es' },
        draft: true,
        ...asUser(translatorEs),
      }),
    ).rejects.toThrow(/Translators cannot create documents/)
    await expect(
      payload.delete({ collection: 'press-releases', id: published.id, ...asUser(translatorEs) }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({
        collection: 'press-releases',
        id: draft.id,
        locale: 'es',
        data: { title: 'Borrador', _status: 'published' },
        ...asUser(translatorEs),
      }),
    ).rejects.toThrow(/publish/)
    const stillDraft = await payload.findByID({ collection: 'press-releases', id: draft.id, draft: true, depth: 0 })
    expect(stillDraft._status).toBe('draft')
  })

  test('read drafts but not other users', async () => {
    const found = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
      ...asUser(translatorEs),
    })
    expect(found.id).toBe(draft.id)
    const users = await payload.find({ collection: 'users', ...asUser(translatorEs) })
    expect(users.docs.map((u) => u.id)).toEqual([translatorEs.id])
  })

  test('cannot change the site globals', async () => {
    await expect(
      payload.updateGlobal({ slug: 'navigation', data: { header: [] }, ...asUser(translatorEs) }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('admins', () => {
  test('manage users and roles', async () => {
    const created = await makeUserAs(admin, 'translator', ['ar'])
    expect(created.role).toBe('translator')
    const promoted = await payload.update({
      collection: 'users',
      id: created.id,
      data: { role: 'editor' },
      ...asUser(admin),
    })
    expect(promoted.role).toBe('editor')
    await payload.delete({ collection: 'users', id: created.id, ...asUser(admin) })
  })

  test('a translator without languages is refused', async () => {
    expect(await refusalOf(makeUserAs(admin, 'translator', []))).toEqual([
      'role: Choose the languages this translator may edit.',
    ])
  })
})

function makeUserAs(actor: User, role: User['role'], languages: User['languages'] = null) {
  return payload.create({
    collection: 'users',
    data: {
      name: 'New',
      email: `new-${Math.random().toString(36).slice(2)}@example.org`,
      password: 'another-long-password',
      role,
      languages,
    },
    ...asUser(actor),
  })
}
