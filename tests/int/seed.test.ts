/** The seed importer against a real database: content, relationships, idempotency, all-or-nothing refusals. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { plainTextFromRichText } from '../../lib/text/richText'
import { illustrations } from '../../seed/illustrations'
import { importSeedPage } from '../../seed/importPage'
import { SEED_PAGES_DIR, seedAll, type SeedResult } from '../../seed/seedAll'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let first: SeedResult

const collections = ['press-releases', 'events', 'health-programmes', 'offices', 'pages', 'users'] as const

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    collections.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const),
  )
  const versions = await payload.countVersions({ collection: 'press-releases' })
  return { ...Object.fromEntries(entries), pressReleaseVersions: versions.totalDocs }
}

// The whole seed: five pages, the frame in four languages and five pictures made and resized by sharp —
// over a minute on a loaded two-core machine (the pictures 28 s of it), past jest's 60 s default for a hook.
beforeAll(async () => {
  payload = await startPayload()
  first = await seedAll(payload)
}, 180_000)
afterAll(() => stopPayload(payload))

describe('seeding the five French pages', () => {
  test('imports three press releases and two programme texts, refusing none', () => {
    expect(first.pages.map((p) => [p.file.slice(0, 3), p.outcome, p.kind])).toEqual([
      ['000', 'created', 'programme'],
      ['001', 'created', 'programme'],
      ['002', 'created', 'press-release'],
      ['003', 'created', 'press-release'],
      ['004', 'created', 'press-release'],
    ])
  })

  test('press releases carry title, dateline, body and contacts in French, published', async () => {
    const { docs } = await payload.find({
      collection: 'press-releases',
      locale: 'fr',
      depth: 1,
      sort: 'publishedDate',
      overrideAccess: false,
    })
    expect(docs.map((d) => d.title)).toEqual([
      'L’OIM soutient la réunion entre le Chili et la Colombie sur la santé et la migration',
      'L’OIM fait participer la société civile pour améliorer l’accès humanitaire au Moyen-Orient et en Afrique du Nord',
      'L’Organisation internationale pour les migrations ouvre mardi la 110ème session de son Conseil',
    ])
    const council = docs[2]
    expect(council.slug).toBe('l-organisation-internationale-pour-les-migrations-ouvre-mardi-la-110eme-session')
    expect(council.sourceLocale).toBe('fr')
    expect(council._status).toBe('published')
    expect(council.dateline?.city).toBe('Genève')
    expect(typeof council.dateline?.office === 'object' && council.dateline.office?.kind).toBe('headquarters')
    const body = plainTextFromRichText(council.body)
    expect(body.startsWith('Le Directeur général de l’OIM, António Vitorino')).toBe(true)
    expect(body).not.toMatch(/Qui sommes nous|Pour plus d’informations/)
    expect(council.contacts).toHaveLength(1)
    expect(council.contacts?.[0]).toMatchObject({
      name: 'Leonard Doyle',
      phone: '+41 79 285 7123',
      email: 'ldoyle@iom.int',
    })
    expect(council.events?.map((e) => typeof e === 'object' && e.title)).toEqual(['110e session du Conseil de l’OIM'])
    expect(docs[1].contacts?.[0]).toMatchObject({ name: null, email: 'humanitarianpolicy@iom.int' })
  })

  test('creates headquarters in Geneva and the five regional offices, with their parent', async () => {
    const { docs } = await payload.find({ collection: 'offices', locale: 'en', depth: 1, limit: 50 })
    const byCity = new Map(docs.map((o) => [o.city, o]))
    expect(byCity.get('Geneva')?.kind).toBe('headquarters')
    for (const city of ['Vienna', 'Dakar', 'Pretoria', 'Nairobi', 'Cairo']) {
      const office = byCity.get(city)
      expect(office?.kind).toBe('regional-office')
      expect(typeof office?.parent === 'object' && office.parent?.city).toBe('Geneva')
    }
    expect(
      docs
        .filter((o) => o.kind === 'country-office')
        .map((o) => o.country)
        .sort(),
    ).toEqual(['CL', 'CO', 'PE'])
  })

  test('creates the programmes and events with their text, linked both ways', async () => {
    const programmes = await payload.find({ collection: 'health-programmes', locale: 'fr', depth: 0 })
    const hiv = programmes.docs.find((p) => p.title === 'VIH et migration')
    expect(plainTextFromRichText(hiv?.body)).toMatch(
      /^Les projets mondiaux, régionaux et nationaux de lutte contre le VIH/,
    )
    const partnerships = programmes.docs.find((p) => p.title === 'Partenariats pour la santé des migrants')
    expect(partnerships?.offices).toHaveLength(5)
    const council = await payload.find({
      collection: 'events',
      locale: 'fr',
      where: { kind: { equals: 'council-session' } },
    })
    expect(council.docs[0]).toMatchObject({
      title: '110e session du Conseil de l’OIM',
      timeZone: 'Europe/Zurich',
      allDay: true,
    })
    expect(council.docs[0].startsAt).toBe('2019-11-25T23:00:00.000Z')
  })

  test('builds the navigation, the pages and the "who we are" text', async () => {
    const site = await payload.findGlobal({ slug: 'site', locale: 'fr' })
    expect(site.whoWeAre).toMatch(
      /^L'Organisation internationale pour les migrations \(OIM\) fait partie du système des Nations Unies/,
    )
    const navFr = await payload.findGlobal({ slug: 'navigation', locale: 'fr', depth: 0 })
    expect(navFr.header?.map((h) => h.label)).toEqual(['Qui sommes nous', 'Notre travail', 'Agir'])
    const navEn = await payload.findGlobal({ slug: 'navigation', locale: 'en', depth: 0 })
    expect(navEn.header?.map((h) => h.label)).toEqual(['Who we are', 'Our work', 'Take action'])
    expect(navEn.header?.[1].children?.map((c) => c.label)).toContain('Where we work')
    const structure = await payload.find({
      collection: 'pages',
      locale: 'fr',
      where: { title: { equals: 'Directrice générale' } },
      depth: 0,
    })
    expect(structure.docs[0].breadcrumbs?.map((b) => b.url).pop()).toBe('qui-sommes-nous/structure/directrice-generale')
  })

  test('writes the frame in English, Spanish and Arabic too: settings, menu and the navigation’s pages', async () => {
    const siteAr = await payload.findGlobal({ slug: 'site', locale: 'ar', fallbackLocale: false })
    expect(siteAr.whoWeAre).toMatch(/^المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة/)
    const navEs = await payload.findGlobal({ slug: 'navigation', locale: 'es', depth: 0 })
    expect(navEs.header?.[0].children?.map((c) => c.label)).toContain('Directora General')
    const [page] = (
      await payload.find({ collection: 'pages', locale: 'fr', where: { title: { equals: 'Directrice générale' } } })
    ).docs
    const inEnglish = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en', fallbackLocale: false })
    expect(inEnglish.title).toBe('Director General')
    expect(inEnglish.breadcrumbs?.map((b) => b.url).pop()).toBe('who-we-are/structure/director-general')
    const ourWork = await payload.find({
      collection: 'pages',
      locale: 'es',
      fallbackLocale: false,
      where: { title: { equals: 'Nuestro trabajo' } },
    })
    expect(ourWork.docs[0].summary).toMatch(/^Como principal organización intergubernamental/)
  })
})

describe('the pictures of the demo content', () => {
  test('five illustrations, uploaded small with their WebP sizes, alt text in four languages, each the main image of its document', async () => {
    expect([...first.illustrations].sort()).toEqual(illustrations.map((i) => `illustration-${i.art}.jpg`).sort())
    for (const illustration of illustrations) {
      const { docs } = await payload.find({
        collection: illustration.collection,
        locale: 'fr',
        where: { title: { equals: illustration.title } },
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      const media = await payload.findByID({
        collection: 'media',
        id: docs[0].heroImage as number,
        locale: 'all',
        depth: 0,
      })
      // Payload suffixes a name already on disk (./media is shared by every run): "…-1.jpg".
      expect(media.filename).toMatch(new RegExp(`^illustration-${illustration.art}(?:-\\d+)?\\.jpg$`))
      expect(media.alt).toEqual(illustration.alt)
      expect(media.filesize).toBeLessThanOrEqual(150 * 1024)
      expect([media.width, media.height]).toEqual([1600, 900])
      expect(media.sizes?.card).toMatchObject({ width: 768, height: 432, mimeType: 'image/webp' })
      expect(media.sizes?.hero).toMatchObject({ width: 1600, height: 900, mimeType: 'image/webp' })
    }
  })
})

describe('running the seed again', () => {
  test('changes nothing: same counts, no new versions, every page unchanged', async () => {
    const before = await counts()
    const again = await seedAll(payload)
    expect(again.pages.map((p) => p.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(again.structure).toEqual([])
    expect(again.illustrations).toEqual([])
    expect(again.users).toEqual([])
    expect(await counts()).toEqual(before)
  })
})

describe('importing further pages', () => {
  const page = async (file: string) => readFile(path.join(SEED_PAGES_DIR, file), 'utf8')

  test('a page that is not this format is refused with the reason, writing nothing', async () => {
    const before = await counts()
    const report = await importSeedPage(payload, '<html><body>Hello</body></html>', { file: 'x.html' })
    expect(report.outcome).toBe('refused')
    expect(report.reason).toMatch(/HTML/)
    expect(await counts()).toEqual(before)
  })

  test('a refusal after some writes rolls them all back', async () => {
    const before = await counts()
    // The offices and the event it mentions are written first; the over-long title fails last.
    const text = (await page('003_327da63268116edb.txt')).replace(
      'L’OIM soutient la réunion',
      `${'Très '.repeat(60)}longue réunion`,
    )
    const report = await importSeedPage(payload, text, { file: 'too-long-title.txt', publishedDate: '2015-09-30' })
    expect(report.outcome).toBe('refused')
    expect(report.reason).toMatch(/^title: /)
    expect(await counts()).toEqual(before)
  })

  test('a new release in the same format is created with its own slug and date', async () => {
    const text = (await page('002_98e9420aea1512b1.txt'))
      .replace('ouvre mardi la 110ème session', 'clôt jeudi la 110ème session')
      .replace('Genève - Le Directeur', 'Genève – Le Directeur')
    const report = await importSeedPage(payload, text, { file: 'closing.txt', publishedDate: '2019-11-28' })
    expect(report).toMatchObject({ outcome: 'created', kind: 'press-release' })
    const found = await payload.find({
      collection: 'press-releases',
      locale: 'fr',
      where: { title: { like: 'clôt jeudi' } },
    })
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0].slug).toBe('l-organisation-internationale-pour-les-migrations-clot-jeudi-la-110eme-session')
    // 28 November where it is issued (Geneva, the dateline): 09:00 there.
    expect(found.docs[0].publishedDate).toBe('2019-11-28T08:00:00.000Z')
    expect(found.docs[0].timeZone).toBe('Europe/Zurich')
  })

  test('a text page naming no programme is refused with advice', async () => {
    const report = await importSeedPage(payload, 'Un paragraphe sans titre ni lieu, qui ne parle de rien de connu.', {
      file: 'orphan.txt',
    })
    expect(report.outcome).toBe('refused')
    expect(report.reason).toMatch(/--programme/)
  })
})
