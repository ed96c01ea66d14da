/** The site's fallback rule: the requested locale when translated, else the whole document in its source locale. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { findLocalized, findLocalizedBySlug } from '../../lib/content/localized'
import type { PressRelease } from '../../payload-types'
import { makePressRelease } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let frenchOnly: PressRelease, translated: PressRelease, draft: PressRelease, englishOnly: PressRelease

const select = { title: true, slug: true, summary: true } as const

beforeAll(async () => {
  payload = await startPayload()
  frenchOnly = await makePressRelease(payload, { title: 'Seulement en français' })
  translated = await makePressRelease(payload, { title: 'Traduit en espagnol' })
  await payload.update({
    collection: 'press-releases',
    id: translated.id,
    locale: 'es',
    data: { title: 'Traducido al español', summary: 'Resumen' },
  })
  draft = await makePressRelease(payload, { title: 'Brouillon secret', status: 'draft' })
  englishOnly = await makePressRelease(payload, { title: 'English only', locale: 'en' })
})
afterAll(() => stopPayload(payload))

describe('findLocalizedBySlug', () => {
  test('a translated document is read in the requested locale', async () => {
    const lookup = await findLocalizedBySlug(payload, 'traducido-al-espanol', {
      collection: 'press-releases',
      locale: 'es',
      select,
    })
    expect(lookup).toMatchObject({
      status: 'found',
      result: { locale: 'es', isFallback: false, doc: { title: 'Traducido al español', summary: 'Resumen' } },
    })
  })

  test('an untranslated document is read whole in its source locale, flagged', async () => {
    const lookup = await findLocalizedBySlug(payload, 'seulement-en-francais', {
      collection: 'press-releases',
      locale: 'ar',
      select,
    })
    expect(lookup).toMatchObject({
      status: 'found',
      result: {
        requested: 'ar',
        locale: 'fr',
        isFallback: true,
        doc: { title: 'Seulement en français', summary: 'Résumé de Seulement en français' },
      },
    })
  })

  test('a source-locale slug asked in a translated locale points to the translated slug', async () => {
    const lookup = await findLocalizedBySlug(payload, 'traduit-en-espagnol', {
      collection: 'press-releases',
      locale: 'es',
      select,
    })
    expect(lookup).toEqual({ status: 'moved', slug: 'traducido-al-espanol' })
  })

  test('drafts and unknown slugs are not found', async () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(
        await findLocalizedBySlug(payload, draft.slug as string, { collection: 'press-releases', locale, select }),
      ).toEqual({ status: 'not-found' })
    }
    expect(
      await findLocalizedBySlug(payload, 'nothing-here', { collection: 'press-releases', locale: 'fr', select }),
    ).toEqual({ status: 'not-found' })
  })
})

describe('findLocalized', () => {
  test('lists every published document once, each in the best locale, in order', async () => {
    const page = await findLocalized(payload, {
      collection: 'press-releases',
      locale: 'es',
      select,
      sort: 'title',
      limit: 10,
    })
    const rows = page.items.map((i) => [i.doc.title, i.locale, i.isFallback])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Seulement en français', 'fr', true],
        ['Traducido al español', 'es', false],
        ['English only', 'en', true],
      ]),
    )
    expect(rows.map((r) => r[0])).not.toContain('Brouillon secret')
    expect(page.items.every((i) => typeof i.doc.title === 'string' && i.doc.title.length > 0)).toBe(true)
    expect(page.totalDocs).toBe(3)
  })

  test('never mixes fields from two locales', async () => {
    const page = await findLocalized(payload, { collection: 'press-releases', locale: 'en', select, limit: 10 })
    const french = page.items.find((i) => i.doc.id === frenchOnly.id)
    expect(french).toMatchObject({
      locale: 'fr',
      doc: { title: 'Seulement en français', summary: 'Résumé de Seulement en français' },
    })
    const english = page.items.find((i) => i.doc.id === englishOnly.id)
    expect(english).toMatchObject({ locale: 'en', isFallback: false })
  })
})
