/**
 * Thousands of generated invalid writes through REST, as an editor: every one refused with a 4xx and
 * a message, none stored, no 5xx.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { badCases, type BadCase, type Doc, type FieldKind } from './badInput'
import { makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login, rest } from './restClient'

const locales = ['en', 'fr', 'es', 'ar'] as const

let payload: Payload
let token: string
const existing = new Map<string, number | string>()

const plans: { collection: CollectionSlug; base: Doc; fields: Record<string, FieldKind> }[] = [
  {
    collection: 'press-releases',
    base: {
      title: 'Base',
      publishedDate: '2020-01-01T00:00:00.000Z',
      summary: 'S',
      themes: ['hiv'],
      contacts: [{ name: 'N', email: 'n@example.org' }],
    },
    fields: {
      title: 'originalText',
      summary: 'text',
      slug: 'slug',
      publishedDate: 'date',
      themes: 'select',
      sourceLocale: 'select',
      'dateline.office': 'relationship',
      heroImage: 'relationship',
      contacts: 'array',
      'meta.title': 'text',
    },
  },
  {
    collection: 'events',
    base: {
      title: 'Base',
      kind: 'meeting',
      status: 'scheduled',
      startsAt: '2026-01-01T09:00:00.000Z',
      endsAt: '2026-01-01T10:00:00.000Z',
      timeZone: 'Europe/Zurich',
    },
    fields: {
      title: 'originalText',
      kind: 'select',
      status: 'select',
      startsAt: 'date',
      endsAt: 'date',
      timeZone: 'select',
      onlineLink: 'url',
      registrationLink: 'url',
      allDay: 'checkbox',
      office: 'relationship',
      slug: 'slug',
    },
  },
  {
    collection: 'health-programmes',
    base: { title: 'Base', status: 'active' },
    fields: {
      title: 'originalText',
      status: 'select',
      regions: 'select',
      countries: 'select',
      offices: 'relationship',
      'period.start': 'date',
      partners: 'array',
      slug: 'slug',
    },
  },
  {
    collection: 'offices',
    base: { name: 'Base', kind: 'country-office', region: 'mena', city: 'C', country: 'EG', timeZone: 'Africa/Cairo' },
    fields: {
      name: 'originalText',
      kind: 'select',
      region: 'select',
      city: 'originalText',
      country: 'select',
      latitude: 'number',
      longitude: 'number',
      email: 'email',
      parent: 'relationship',
      slug: 'slug',
    },
  },
  {
    collection: 'pages',
    base: { title: 'Base' },
    fields: { title: 'originalText', parent: 'relationship', slug: 'slug', summary: 'text' },
  },
  {
    collection: 'users',
    base: { name: 'Base', email: 'base-user@example.org', password: 'a-long-enough-password', role: 'editor' },
    fields: { name: 'requiredText', email: 'email', role: 'select', languages: 'select' },
  },
]

beforeAll(async () => {
  payload = await startPayload()
  const admin = await makeUser(payload, 'admin')
  token = await login(admin.email, PASSWORD)
  for (const plan of plans) {
    const created = await rest('POST', `${plan.collection}?locale=fr`, {
      token,
      body: { ...plan.base, ...(plan.collection === 'users' ? { email: 'existing@example.org' } : {}) },
    })
    if (created.status !== 201) throw new Error(`${plan.collection} base document refused: ${created.text}`)
    existing.set(plan.collection, (created.body as { doc: { id: number | string } }).doc.id)
  }
})
afterAll(() => stopPayload(payload))

interface Outcome {
  name: string
  status: number
  message: string
}

async function attempt(method: 'POST' | 'PATCH', path: string, c: BadCase): Promise<Outcome> {
  const response = await rest(method, path, { token, body: c.data })
  const errors = (response.body as { errors?: { message?: string }[] }).errors ?? []
  return { name: c.name, status: response.status, message: errors.map((e) => e.message).join(' ') }
}

describe.each(plans)('$collection', ({ collection, base, fields }) => {
  const cases = badCases(base, fields)

  test(`refuses ${cases.length * locales.length} invalid creates and as many invalid updates, storing nothing`, async () => {
    const before = await payload.find({ collection, depth: 0, locale: 'all', limit: 0, pagination: false })
    const outcomes: Outcome[] = []
    for (const locale of locales) {
      for (const c of cases) {
        outcomes.push(await attempt('POST', `${collection}?locale=${locale}`, { ...c, name: `${locale} ${c.name}` }))
        // The existing document was written in French; its translations may be emptied.
        if (!c.onlyInOriginalLanguage || locale === 'fr')
          outcomes.push(
            await attempt('PATCH', `${collection}/${existing.get(collection)}?locale=${locale}`, {
              ...c,
              name: `${locale} update ${c.name}`,
            }),
          )
      }
    }
    // A valid document in a language we do not publish in.
    for (const locale of ['xx', 'de', '../../etc', 'all']) {
      outcomes.push(
        await attempt('POST', `${collection}?locale=${encodeURIComponent(locale)}`, {
          name: `locale ${locale}`,
          data: base,
        }),
      )
    }
    const line = (o: Outcome) => `${o.status} ${o.name}`
    const serverErrors = outcomes.filter((o) => o.status >= 500).map(line)
    const accepted = outcomes.filter((o) => o.status < 400).map(line)
    const silent = outcomes.filter((o) => o.status >= 400 && o.message.trim() === '').map(line)
    expect({ serverErrors, accepted, silent }).toEqual({ serverErrors: [], accepted: [], silent: [] })
    const after = await payload.find({ collection, depth: 0, locale: 'all', limit: 0, pagination: false })
    expect(after.docs).toEqual(before.docs)
  })
})
