/** Translation status on every save, and the XLIFF round trip into the site's read layer. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { findLocalizedBySlug } from '../../lib/content/localized'
import { BACKFILL_CONTEXT_KEY, backfillTranslationStatus } from '../../translation/backfill'
import { exportTranslations } from '../../translation/exportTranslations'
import { importTranslations } from '../../translation/importTranslations'
import { documentStatus } from '../../translation/status'
import type { PressRelease, User } from '../../payload-types'
import { makePressRelease, makeUser } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let editor: User, translatorEs: User
let release: PressRelease

beforeAll(async () => {
  payload = await startPayload()
  editor = await makeUser(payload, 'editor')
  translatorEs = await makeUser(payload, 'translator', ['es'])
  release = await makePressRelease(payload, { title: 'Le Conseil ouvre sa session' })
})
afterAll(() => stopPayload(payload))

const statusOf = async (locale: 'en' | 'es' | 'ar') => {
  const doc = await payload.findByID({ collection: 'press-releases', id: release.id, draft: true, depth: 0 })
  return documentStatus(doc.translationStatus, 'fr').find((s) => s.locale === locale)
}

/** What a CAT tool does: a target for every segment, here the source marked as Spanish. */
const fillIn = (xliff: string, mark = '[es] ') =>
  xliff.replace(
    /<segment id="([^"]+)" state="initial"><source>(.*?)<\/source><\/segment>/g,
    (_, id: string, source: string) =>
      `<segment id="${id}" state="translated"><source>${source}</source><target>${mark}${source}</target></segment>`,
  )

describe('translation status', () => {
  test('a new document: its own language is the source, the others missing', async () => {
    expect(await statusOf('es')).toMatchObject({ state: 'missing', missing: ['title', 'summary', 'body'] })
  })

  test('a translator saving some fields makes the locale partial, naming what is missing', async () => {
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'es',
      data: { title: 'El Consejo abre su período de sesiones' },
      overrideAccess: false,
      user: translatorEs,
    })
    expect(await statusOf('es')).toMatchObject({ state: 'partial', missing: ['summary', 'body'] })
  })

  test('a client cannot forge the status', async () => {
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'es',
      data: { translationStatus: { locales: {} } },
      overrideAccess: false,
      user: translatorEs,
    })
    expect((await statusOf('es'))?.state).toBe('partial')
  })
})

describe('XLIFF round trip', () => {
  test('export for es, fill in, import: the site shows the Spanish text, and the status is complete', async () => {
    const files = await exportTranslations(payload, { locale: 'es' })
    expect(files.map((f) => f.fileName)).toEqual(['passerelle-fr-to-es.xlf'])
    const [file] = files
    expect(file?.xliff).toContain(`<unit id="press-releases:${release.id}:body"`)
    expect(file?.xliff).toContain('<target>El Consejo abre su período de sesiones</target>')

    const report = await importTranslations(payload, fillIn(file?.xliff ?? ''), { user: translatorEs })
    expect(report).toMatchObject({ ok: true, refused: [], documents: 1 })
    expect(report.applied).toBeGreaterThanOrEqual(2)

    const es = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      locale: 'es',
      fallbackLocale: false,
      depth: 0,
    })
    expect(es.slug).toBeTruthy()
    const shown = await findLocalizedBySlug(payload, String(es.slug), {
      collection: 'press-releases',
      locale: 'es',
      select: { title: true, summary: true, body: true },
    })
    expect(shown.status).toBe('found')
    if (shown.status !== 'found') return
    expect(shown.result.isFallback).toBe(false)
    expect(shown.result.doc.summary).toBe('[es] Résumé de Le Conseil ouvre sa session')
    expect(JSON.stringify(shown.result.doc.body)).toContain('[es] Texte de Le Conseil ouvre sa session.')
    expect((await statusOf('es'))?.state).toBe('complete')
  })

  test('a file with a broken unit changes nothing and says which unit and why', async () => {
    const [file] = await exportTranslations(payload, { locale: 'es', states: ['complete'] })
    const before = await payload.findByID({ collection: 'press-releases', id: release.id, locale: 'es', depth: 0 })
    const broken = (file?.xliff ?? '')
      .replace(/<target>\[es\] Résumé[^<]*<\/target>/, '<target>Resumen nuevo</target>')
      .replace(/<target>\[es\] Texte de ([^<]*)<\/target>/, '<target>Texto <ph id="7"/> $1</target>')
    const report = await importTranslations(payload, broken, { user: translatorEs })
    expect(report.ok).toBe(false)
    expect(report.refused).toEqual([
      { unit: `press-releases:${release.id}:body`, reason: 'segment b1: inline code 7 is not in the source' },
    ])
    const after = await payload.findByID({ collection: 'press-releases', id: release.id, locale: 'es', depth: 0 })
    expect(after.summary).toBe(before.summary)
  })

  test('unknown documents and fields are refused by unit', async () => {
    const [file] = await exportTranslations(payload, { locale: 'es', states: ['complete'] })
    const xliff = (file?.xliff ?? '')
      .replace(`press-releases:${release.id}:summary`, 'press-releases:999999:summary')
      .replace(`press-releases:${release.id}:title`, `press-releases:${release.id}:publishedDate`)
    const report = await importTranslations(payload, xliff, { user: translatorEs })
    expect(report.refused).toEqual([
      {
        unit: `press-releases:${release.id}:publishedDate`,
        reason: '"publishedDate" is not a translated field of this document',
      },
      { unit: 'press-releases:999999:summary', reason: 'there is no press-releases document 999999' },
    ])
  })

  test('a translator cannot import into a language they do not hold, nor a file in the wrong language', async () => {
    const [file] = await exportTranslations(payload, { locale: 'ar' })
    expect((await importTranslations(payload, fillIn(file?.xliff ?? '', '[ar] '), { user: translatorEs })).error).toBe(
      'you may not translate into "ar"',
    )
    expect(
      (await importTranslations(payload, (file?.xliff ?? '').replace('trgLang="ar"', 'trgLang="de"'), { user: editor }))
        .error,
    ).toBe('the target language "de" is not one of this site\'s languages')
  })

  test('when the source text changes, the translation is outdated and exported again with its old target', async () => {
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'fr',
      data: { summary: 'Nouveau résumé' },
      overrideAccess: false,
      user: editor,
    })
    expect((await statusOf('es'))?.state).toBe('outdated')
    const [file] = await exportTranslations(payload, { locale: 'es' })
    expect(file?.xliff).toContain(
      '<source>Nouveau résumé</source><target>[es] Résumé de Le Conseil ouvre sa session</target>',
    )
  })
})

describe('XLIFF for fields in groups and array rows', () => {
  test('an event’s venue and organiser names are translated, row by row, by a translator', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'fr',
      data: {
        title: 'Atelier sur la santé des migrants',
        kind: 'workshop',
        startsAt: '2026-03-01T09:00:00Z',
        endsAt: '2026-03-01T17:00:00Z',
        timeZone: 'Africa/Dakar',
        venue: 'Hôtel de ville',
        status: 'scheduled',
        organisers: [{ name: 'Ministère de la santé', url: 'https://sante.example.org' }, { name: 'OIM Dakar' }],
        _status: 'published',
      },
    })
    const [file] = await exportTranslations(payload, { locale: 'es', collections: ['events'] })
    expect(file?.xliff).toContain(`<unit id="events:${event.id}:organisers.1.name"`)
    const report = await importTranslations(payload, fillIn(file?.xliff ?? ''), { user: translatorEs })
    expect(report).toMatchObject({ ok: true, applied: 4 })
    const es = await payload.findByID({
      collection: 'events',
      id: event.id,
      locale: 'es',
      fallbackLocale: false,
      depth: 0,
    })
    expect(es.organisers?.map((o) => [o.name, o.url ?? null])).toEqual([
      ['[es] Ministère de la santé', 'https://sante.example.org'],
      ['[es] OIM Dakar', null],
    ])
    expect(es.venue).toBe('[es] Hôtel de ville')
    const fr = await payload.findByID({ collection: 'events', id: event.id, locale: 'fr', depth: 0 })
    expect(fr.organisers?.map((o) => o.name)).toEqual(['Ministère de la santé', 'OIM Dakar'])
  })
})

describe('backfill after the migration', () => {
  test('documents saved before statuses existed get theirs, once', async () => {
    const office = await payload.create({
      collection: 'offices',
      locale: 'fr',
      data: {
        name: 'Bureau de Lima',
        kind: 'country-office',
        region: 'south-america',
        city: 'Lima',
        country: 'PE',
        timeZone: 'America/Lima',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'offices',
      id: office.id,
      locale: 'es',
      data: { name: 'Oficina de Lima', city: 'Lima' },
    })
    // As the migration leaves them: no status at all, in the document and its latest version (offices
    // have drafts), written through Payload as a backfill writes, so on either database.
    await payload.update({
      collection: 'offices',
      id: office.id,
      locale: 'fr',
      data: {},
      context: { [BACKFILL_CONTEXT_KEY]: {} },
    })
    const before = await payload.findByID({ collection: 'offices', id: office.id, depth: 0 })
    expect(documentStatus(before.translationStatus, 'fr').find((s) => s.locale === 'es')?.state).toBe('missing')

    const results = await backfillTranslationStatus(payload, ['offices'])
    expect(results).toEqual([{ collection: 'offices', recorded: 1, failed: [] }])
    const after = await payload.findByID({ collection: 'offices', id: office.id, depth: 0 })
    expect(documentStatus(after.translationStatus, 'fr').map((s) => `${s.locale}:${s.state}`)).toEqual([
      'en:missing',
      'fr:source',
      'es:complete',
      'ar:missing',
    ])
    expect(await backfillTranslationStatus(payload, ['offices'])).toEqual([
      { collection: 'offices', recorded: 0, failed: [] },
    ])
  })
})
