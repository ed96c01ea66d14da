/** Each collection refuses what it should, with a message for the person filling the form, and stores nothing. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { makePressRelease, makeUser, PASSWORD, refusalOf } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login, rest } from './restClient'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const event = {
  title: 'Consultation régionale',
  kind: 'consultation' as const,
  status: 'scheduled' as const,
  startsAt: '2026-05-04T07:00:00.000Z',
  endsAt: '2026-05-05T15:00:00.000Z',
  timeZone: 'Africa/Cairo' as const,
}

describe('events', () => {
  test('an end before the start is refused', async () => {
    const before = (await payload.count({ collection: 'events' })).totalDocs
    expect(
      await refusalOf(
        payload.create({ collection: 'events', locale: 'fr', data: { ...event, endsAt: '2026-05-03T07:00:00.000Z' } }),
      ),
    ).toEqual(['endsAt: The event cannot end before it starts: check the end date and time.'])
    expect((await payload.count({ collection: 'events' })).totalDocs).toBe(before)
  })

  test('links must be web addresses', async () => {
    const messages = await refusalOf(
      payload.create({
        collection: 'events',
        locale: 'fr',
        data: { ...event, onlineLink: 'javascript:alert(1)', registrationLink: 'not a url' },
      }),
    )
    expect(messages).toEqual([
      'onlineLink: Enter a web address that starts with https:// (or http://).',
      expect.stringMatching(/^registrationLink: “not a url” is not a web address/),
    ])
  })

  test('the time zone must be one the runtime knows', async () => {
    expect(
      await refusalOf(
        payload.create({ collection: 'events', locale: 'fr', data: { ...event, timeZone: 'Mars/Olympus' as never } }),
      ),
    ).toEqual(['timeZone: “Mars/Olympus” is not one of the values of this field.'])
  })

  test('a well-formed event is stored with its slug', async () => {
    const created = await payload.create({
      collection: 'events',
      locale: 'fr',
      data: { ...event, onlineLink: 'https://example.org/live' },
    })
    expect(created.slug).toBe('consultation-regionale')
  })
})

describe('offices', () => {
  const office = {
    name: 'Bureau de test',
    kind: 'country-office' as const,
    region: 'mena' as const,
    city: 'Le Caire',
    country: 'EG' as const,
    timeZone: 'Africa/Cairo' as const,
  }

  test('coordinates, phone and email are checked', async () => {
    const messages = await refusalOf(
      payload.create({
        collection: 'offices',
        locale: 'fr',
        data: { ...office, latitude: 123, longitude: -200, phone: 'call me', email: 'nobody@' },
      }),
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        'latitude: Latitude must be a number between -90 and 90.',
        'longitude: Longitude must be a number between -180 and 180.',
        'phone: Enter a phone number with its country code, e.g. +41 22 717 9111.',
        expect.stringMatching(/^email: /),
      ]),
    )
  })

  test('an editor whose admin is in French reads the messages in French, whatever language the office is written in', async () => {
    const editor = await makeUser(payload, 'editor')
    const token = await login(editor.email, PASSWORD)
    const before = (await payload.count({ collection: 'offices' })).totalDocs
    const response = await rest('POST', 'offices?locale=es', {
      token,
      language: 'fr',
      body: { ...office, latitude: 123, phone: 'call me' },
    })
    expect(response.status).toBe(400)
    const errors = (response.body as { errors: { data?: { errors?: { path: string; message: string }[] } }[] })
      .errors[0]?.data?.errors
    expect(errors?.map((e) => `${e.path}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        'latitude: Latitude : saisissez un nombre compris entre -90 et 90.',
        'phone: Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +41 22 717 9111.',
      ]),
    )
    expect((await payload.count({ collection: 'offices' })).totalDocs).toBe(before)
  })

  test('the shape check answers in the admin language too', async () => {
    const editor = await makeUser(payload, 'editor')
    const response = await rest('POST', 'offices?locale=es', {
      token: await login(editor.email, PASSWORD),
      language: 'fr',
      body: { ...office, kind: 'embassy', latitude: 'north' },
    })
    expect(response.status).toBe(400)
    const errors = (response.body as { errors: { data?: { errors?: { path: string; message: string }[] } }[] })
      .errors[0]?.data?.errors
    expect(errors?.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'kind: « embassy » ne fait pas partie des valeurs de ce champ.',
      'latitude: Un nombre est attendu, reçu : texte.',
    ])
  })

  test('an unknown country or kind is refused', async () => {
    const messages = await refusalOf(
      payload.create({
        collection: 'offices',
        locale: 'fr',
        data: { ...office, country: 'XX' as never, kind: 'embassy' as never },
      }),
    )
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^country: /), expect.stringMatching(/^kind: /)]),
    )
  })
})

describe('press releases', () => {
  test('a contact needs an email or a phone, and valid ones', async () => {
    const messages = await refusalOf(
      payload.create({
        collection: 'press-releases',
        locale: 'fr',
        data: {
          title: 'Avec contacts',
          publishedDate: '2020-01-01T00:00:00.000Z',
          contacts: [{ name: 'Sans moyen' }, { name: 'Mauvais', email: 'a@b', phone: '12' }],
        },
      }),
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        'contacts.0.email: Give an email address or a phone number for this contact.',
        expect.stringMatching(/^contacts\.1\.email: /),
        'contacts.1.phone: Enter a phone number with its country code, e.g. +41 22 717 9111.',
      ]),
    )
  })

  test('an over-long title is refused', async () => {
    expect(await refusalOf(makePressRelease(payload, { title: 'x'.repeat(300) }))).toEqual([
      expect.stringMatching(/^title: /),
    ])
  })
})

describe('slugs', () => {
  test('are made per locale from the title, transliterated, Arabic included', async () => {
    const doc = await makePressRelease(payload, { title: 'Réunion à Genève' })
    expect(doc.slug).toBe('reunion-a-geneve')
    const ar = await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'ar',
      data: { title: 'اجتماع في جنيف' },
    })
    expect(ar.slug).toBe('jtm-fy-jnyf')
    const es = await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'es',
      data: { title: 'Reunión en Ginebra' },
    })
    expect(es.slug).toBe('reunion-en-ginebra')
    const fr = await payload.findByID({ collection: 'press-releases', id: doc.id, locale: 'fr' })
    expect(fr.slug).toBe('reunion-a-geneve')
  })

  test('get a number when the title is already taken in that locale, not in others', async () => {
    const first = await makePressRelease(payload, { title: 'Même titre' })
    const second = await makePressRelease(payload, { title: 'Même titre' })
    expect([first.slug, second.slug]).toEqual(['meme-titre', 'meme-titre-2'])
    const inSpanish = await makePressRelease(payload, { title: 'Même titre', locale: 'es' })
    expect(inSpanish.slug).toBe('meme-titre')
  })

  test('that editors type are checked: unique in the locale, and only letters, digits and hyphens', async () => {
    await makePressRelease(payload, { title: 'Original', slug: 'taken-slug' })
    expect(await refusalOf(makePressRelease(payload, { title: 'Copie', slug: 'taken-slug' }))).toEqual([
      'slug: Another document already uses the web address "taken-slug" in this language. Choose another one.',
    ])
    for (const bad of ['../../etc/passwd', 'Upper Case', '<script>alert(1)</script>', 'a'.repeat(81)]) {
      expect(await refusalOf(makePressRelease(payload, { title: 'Mauvais', slug: bad }))).toEqual([
        expect.stringMatching(/^slug: A web address may use only/),
      ])
    }
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#0033a0' } })
      .png()
      .toBuffer()

  test('images are stored with responsive WebP sizes and localized alt text', async () => {
    const data = await png()
    const media = await payload.create({
      collection: 'media',
      locale: 'fr',
      data: { alt: 'Un carré bleu' },
      file: { data, mimetype: 'image/png', name: 'blue.png', size: data.length },
    })
    expect(media.mimeType).toBe('image/png')
    expect(media.sizes?.card).toMatchObject({ width: 768, mimeType: 'image/webp' })
    expect(media.sizes?.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    expect(media.sizes?.thumbnail).toMatchObject({ width: 400, height: 300 })
    expect(media.sourceLocale).toBe('fr')
  })

  test('alt text is required', async () => {
    const data = await png()
    expect(
      await refusalOf(
        payload.create({
          collection: 'media',
          locale: 'fr',
          data: {} as never,
          file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
        }),
      ),
    ).toEqual([expect.stringMatching(/^alt: /)])
  })

  test('non-images and SVG (which can carry scripts) are refused', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const text = Buffer.from('just some text, not an image')
    for (const [name, data, mimetype] of [
      ['evil.svg', svg, 'image/svg+xml'],
      ['fake.png', text, 'image/png'],
      ['notes.txt', text, 'text/plain'],
    ] as const) {
      const before = (await payload.count({ collection: 'media' })).totalDocs
      const messages = await refusalOf(
        payload.create({
          collection: 'media',
          locale: 'fr',
          data: { alt: 'x' },
          file: { data, mimetype, name, size: data.length },
        }),
      )
      expect(messages.join(' ')).toMatch(/file|type|invalid/i)
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
    }
  })
})

describe('titles are required in the original language only', () => {
  test('a French release is published from the English edit view, a translation saved without its title, but the original title cannot be emptied', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      locale: 'fr',
      data: { title: 'Titre original', publishedDate: '2020-01-01T00:00:00.000Z', _status: 'draft' },
      draft: true,
    })
    const published = await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { _status: 'published' },
    })
    expect(published._status).toBe('published')
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'es',
      data: { summary: 'Resumen sin título todavía' },
    })
    expect(
      (
        await payload.findByID({
          collection: 'press-releases',
          id: release.id,
          locale: 'es',
          fallbackLocale: false,
          depth: 0,
        })
      ).summary,
    ).toBe('Resumen sin título todavía')
    const refused = await refusalOf(
      payload.update({ collection: 'press-releases', id: release.id, locale: 'fr', data: { title: '' } }),
    )
    expect(refused.join(' ')).toMatch(/title/i)
    expect(
      (await payload.findByID({ collection: 'press-releases', id: release.id, locale: 'fr', depth: 0 })).title,
    ).toBe('Titre original')
    // A new document needs its title in the language it is written in.
    expect(
      (
        await refusalOf(
          payload.create({
            collection: 'events',
            locale: 'es',
            data: {
              title: '',
              kind: 'meeting',
              status: 'scheduled',
              startsAt: '2031-01-01T09:00:00.000Z',
              endsAt: '2031-01-01T10:00:00.000Z',
              timeZone: 'Europe/Madrid',
              _status: 'published',
            },
          }),
        )
      ).join(' '),
    ).toMatch(/title/i)
  })
})

describe('navigation', () => {
  test('a menu entry to another address takes a web address: not protocol-relative, data: or javascript:', async () => {
    for (const url of ['//evil.example/x', 'data:text/html,<script>alert(1)</script>', 'javascript:alert(1)']) {
      const messages = await refusalOf(
        payload.updateGlobal({
          slug: 'navigation',
          locale: 'fr',
          data: { footer: [{ label: 'Ailleurs', kind: 'url', url }] },
        }),
      )
      expect([url, messages.length, messages[0]]).toEqual([url, 1, expect.stringMatching(/^footer\.0\.url: /)])
    }
    const saved = await payload.updateGlobal({
      slug: 'navigation',
      locale: 'fr',
      data: { footer: [{ label: 'Partenaire', kind: 'url', url: 'https://www.example.org/' }] },
    })
    expect(saved.footer?.[0]?.url).toBe('https://www.example.org/')
  })
})
