/**
 * The site's search on its index (SQLite FTS5 here; MongoDB's text index when TEST_DATABASE_URI is
 * mongodb://…): folding, ranking, phrases and prefixes, highlights, facets, bad input, and the index
 * following every write path within a second.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { searchSite, type SearchFilters, type SearchHit } from '../../lib/content/search'
import { COUNT_LIMIT } from '../../lib/search/types'
import type { SearchEntry } from '../../lib/search/entries'
import { searchIndexOf } from '../../lib/search/searchIndex'
import type { LocaleCode } from '../../lib/i18n/locales'
import { richTextFromParagraphs } from '../../lib/text/richText'
import type { User } from '../../payload-types'
import { badQueries } from '../support/searchBadQueries'
import { makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { login, rest } from './restClient'

const sqliteOnly = (process.env.DATABASE_URI ?? '').startsWith('mongodb') ? describe.skip : describe

let payload: Payload
let editor: User
let editorToken: string

beforeAll(async () => {
  payload = await startPayload()
  editor = await makeUser(payload, 'editor')
  editorToken = await login(editor.email, PASSWORD)
})
afterAll(() => stopPayload(payload))

interface ReleaseInput {
  title: string
  summary?: string
  body?: string
  date?: string
  locale?: LocaleCode
  status?: 'draft' | 'published'
  offices?: number[]
}

let counter = 0
const release = ({
  title,
  summary = '',
  body = '',
  date = '2020-01-01T09:00:00.000Z',
  locale = 'fr',
  status = 'published',
  offices,
}: ReleaseInput) =>
  payload.create({
    collection: 'press-releases',
    locale,
    draft: status === 'draft',
    data: {
      title,
      slug: `release-${++counter}`,
      _status: status,
      publishedDate: date,
      summary: summary || `Communiqué ${counter}`,
      body: richTextFromParagraphs([body || `Texte ${counter}.`]),
      themes: ['migration-governance'],
      offices,
    },
  })

const titles = async (locale: LocaleCode, query: string, filters: SearchFilters = {}) =>
  (await searchSite(locale, query, 1, filters)).hits.map((h) => h.title)

/** The marked stretches of a hit's title and text, as text. */
const marked = (hit: SearchHit) => [
  ...hit.titleMarks.map(([s, e]) => hit.title.slice(s, e)),
  ...hit.textMarks.map(([s, e]) => hit.text.slice(s, e)),
]

describe('folding', () => {
  beforeAll(async () => {
    await release({
      title: 'Réinstallation des réfugiés à Genève',
      body: 'L’Œuvre d’accueil coordonne la réinstallation.',
    })
    await release({ title: 'Acción sanitaria en la frontera', locale: 'es' })
    await release({ title: 'الهِجْرَةُ والتنمية في المنطقة', locale: 'ar', body: 'إطلاق مبادرة جديدة للصحة' })
  })

  test('case, accents and ligatures do not matter', async () => {
    expect(await titles('fr', 'REINSTALLATION')).toEqual(['Réinstallation des réfugiés à Genève'])
    expect(await titles('fr', 'geneve')).toEqual(['Réinstallation des réfugiés à Genève'])
    expect(await titles('fr', 'oeuvre')).toEqual(['Réinstallation des réfugiés à Genève'])
    expect(await titles('es', 'ACCION sanitaria')).toEqual(['Acción sanitaria en la frontera'])
  })

  test('Arabic is found without short vowels, with ta marbuta written as ha, alef variants unified', async () => {
    expect(await titles('ar', 'الهجرة')).toEqual(['الهِجْرَةُ والتنمية في المنطقة'])
    expect(await titles('ar', 'الهجره')).toEqual(['الهِجْرَةُ والتنمية في المنطقة'])
    expect(await titles('ar', 'اطلاق')).toEqual(['الهِجْرَةُ والتنمية في المنطقة'])
    // The start of a word, as the visitor types, in Arabic and after an apostrophe (l’Œuvre).
    expect(await titles('ar', 'والتنم')).toEqual(['الهِجْرَةُ والتنمية في المنطقة'])
    expect(await titles('fr', 'oeuv')).toEqual(['Réinstallation des réfugiés à Genève'])
  })

  test('highlights mark the original text where the folded words matched', async () => {
    const [hit] = (await searchSite('fr', 'reinstallation geneve', 1)).hits
    expect(marked(hit)).toEqual(['Réinstallation', 'Genève', 'réinstallation'])
    const [arabic] = (await searchSite('ar', 'الهجرة', 1)).hits
    expect(marked(arabic)).toEqual(['الهِجْرَةُ'])
  })
})

describe('ranking, phrases and prefixes', () => {
  beforeAll(async () => {
    await release({
      title: 'Rapport annuel',
      body: 'Le mot tuberculose apparaît ici dans le texte.',
      date: '2024-03-01T09:00:00.000Z',
    })
    await release({ title: 'Dépistage de la tuberculose', date: '2019-03-01T09:00:00.000Z' })
    await release({ title: 'Tuberculose : les chiffres', date: '2023-03-01T09:00:00.000Z' })
    await release({ title: 'Santé publique', body: 'Une politique de santé ambitieuse.' })
    await release({ title: 'Politique et santé', body: 'La santé dans une politique.' })
  })

  test('a match in the title ranks above a match in the body; newer first among equals', async () => {
    expect(await titles('fr', 'tuberculose')).toEqual([
      'Tuberculose : les chiffres',
      'Dépistage de la tuberculose',
      'Rapport annuel',
    ])
  })

  test('a phrase in quotes matches those words in that order only', async () => {
    expect(await titles('fr', '"politique de santé"')).toEqual(['Santé publique'])
    expect((await titles('fr', 'politique santé')).sort()).toEqual(['Politique et santé', 'Santé publique'])
  })

  test('the last word matches the words it begins, as the visitor types', async () => {
    expect(await titles('fr', 'tubercu')).toHaveLength(3)
    expect(await titles('fr', 'dépistage tuber')).toEqual(['Dépistage de la tuberculose'])
    // Not a prefix when quoted: the whole word only.
    expect(await titles('fr', '"tubercu"')).toEqual([])
  })
})

describe('bad input', () => {
  test.each(badQueries)('%s: an empty result, never an error', async (_name, query) => {
    const results = await searchSite('fr', query, 1)
    expect(Array.isArray(results.hits)).toBe(true)
    expect(results.totalDocs).toBeGreaterThanOrEqual(0)
  })

  test('operators are words, not operators: "tuberculose OR santé" needs all three words', async () => {
    expect(await titles('fr', 'tuberculose OR santé')).toEqual([])
    expect(await titles('fr', 'tuberculose NOT chiffres')).toEqual([])
  })
})

describe('the index follows every write path within a second', () => {
  /** Seconds from the end of a write until the search shows it; fails past 1 s. */
  async function findableWithin(locale: LocaleCode, query: string, expected: string[]): Promise<void> {
    const started = Date.now()
    for (;;) {
      const found = await titles(locale, query)
      if (JSON.stringify(found) === JSON.stringify(expected)) return
      if (Date.now() - started > 1000) expect(found).toEqual(expected)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  test('create published, update, draft save, unpublish, publish, delete', async () => {
    const doc = await release({ title: 'Xylophone pour Dakar' })
    await findableWithin('fr', 'xylophone', ['Xylophone pour Dakar'])
    // A word new to the archive is found by its beginning too (SQLite: the save lists it among the index's words).
    await findableWithin('fr', 'xyloph', ['Xylophone pour Dakar'])

    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Xylophone pour Lima' },
    })
    await findableWithin('fr', 'xylophone', ['Xylophone pour Lima'])
    await findableWithin('fr', 'dakar xylophone', [])

    // A draft save (autosave) changes nothing visitors see.
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Xylophone brouillon' },
    })
    await findableWithin('fr', 'xylophone', ['Xylophone pour Lima'])

    await payload.update({ collection: 'press-releases', id: doc.id, locale: 'fr', data: { _status: 'draft' } })
    await findableWithin('fr', 'xylophone', [])

    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Xylophone republié', _status: 'published' },
    })
    await findableWithin('fr', 'xylophone', ['Xylophone republié'])

    await payload.delete({ collection: 'press-releases', id: doc.id })
    await findableWithin('fr', 'xylophone', [])
  })

  test('a draft is not found until published; through REST as the admin does it', async () => {
    const draft = await release({ title: 'Marimba en préparation', status: 'draft' })
    await findableWithin('fr', 'marimba', [])
    const published = await rest('PATCH', `press-releases/${draft.id}?locale=fr`, {
      token: editorToken,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    await findableWithin('fr', 'marimba', ['Marimba en préparation'])
    const deleted = await rest('DELETE', `press-releases/${draft.id}`, { token: editorToken })
    expect(deleted.status).toBe(200)
    await findableWithin('fr', 'marimba', [])
  })

  test('publishing one language indexes that language; the others keep their published text', async () => {
    const doc = await release({ title: 'Ocarina à Vienne' })
    const draftEs = await rest('PATCH', `press-releases/${doc.id}?locale=es&draft=true`, {
      token: editorToken,
      body: { title: 'Ocarina en Viena' },
    })
    expect(draftEs.status).toBe(200)
    // Not published yet: Spanish visitors get the French original.
    await findableWithin('es', 'ocarina', ['Ocarina à Vienne'])
    const publishEs = await rest('PATCH', `press-releases/${doc.id}?locale=es&publishSpecificLocale=es`, {
      token: editorToken,
      body: { _status: 'published' },
    })
    expect(publishEs.status).toBe(200)
    await findableWithin('es', 'ocarina', ['Ocarina en Viena'])
    await findableWithin('fr', 'ocarina', ['Ocarina à Vienne'])
  })

  test('a scheduled publication is found once the job has run', async () => {
    const draft = await release({ title: 'Bandonéon programmé', status: 'draft' })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await findableWithin('fr', 'bandoneon', [])
    await payload.jobs.run({ queue: 'default' })
    await findableWithin('fr', 'bandoneon', ['Bandonéon programmé'])
  })
})

describe('facets', () => {
  let geneva: number
  let dakar: number
  beforeAll(async () => {
    const office = (name: string, slug: string) =>
      payload.create({
        collection: 'offices',
        locale: 'fr',
        data: {
          name,
          slug,
          kind: 'country-office',
          region: 'global',
          city: name,
          country: 'CH',
          _status: 'published',
        } as never,
      })
    geneva = (await office('Bureau de Genève', 'bureau-geneve')).id
    dakar = (await office('Bureau de Dakar', 'bureau-dakar')).id
    await release({ title: 'Kora 2021 à Genève', date: '2021-05-01T09:00:00.000Z', offices: [geneva] })
    await release({ title: 'Kora 2022 à Genève', date: '2022-05-01T09:00:00.000Z', offices: [geneva, dakar] })
    await release({ title: 'Kora 2022 à Dakar', date: '2022-06-01T09:00:00.000Z', offices: [dakar] })
    await release({ title: 'Kora en inglés', locale: 'es', date: '2022-07-01T09:00:00.000Z' })
  })

  test('counts per type, year, office and language, from the index', async () => {
    const { facets, totalDocs } = await searchSite('fr', 'kora', 1)
    expect(totalDocs).toBe(4)
    expect(facets.type).toEqual([{ value: 'press-releases', count: 4, capped: false }])
    expect(facets.year).toEqual([
      { value: '2022', count: 3, capped: false },
      { value: '2021', count: 1, capped: false },
    ])
    expect(facets.office).toEqual(
      [
        { value: String(dakar), count: 2, capped: false },
        { value: String(geneva), count: 2, capped: false },
      ].sort((a, b) => a.value.localeCompare(b.value)),
    )
    expect(facets.lang).toEqual([
      { value: 'fr', count: 3, capped: false },
      { value: 'es', count: 1, capped: false },
    ])
  })

  test('each filter narrows the results and the other facets’ counts', async () => {
    expect((await titles('fr', 'kora', { year: 2022 })).sort()).toEqual([
      'Kora 2022 à Dakar',
      'Kora 2022 à Genève',
      'Kora en inglés',
    ])
    const atGeneva = await searchSite('fr', 'kora', 1, { office: String(geneva), year: 2022 })
    expect(atGeneva.hits.map((h) => h.title)).toEqual(['Kora 2022 à Genève'])
    expect(atGeneva.facets.office.map((f) => f.value).sort()).toEqual([String(dakar), String(geneva)].sort())
    expect(await titles('fr', 'kora', { lang: 'es' })).toEqual(['Kora en inglés'])
    expect(await titles('fr', 'kora', { type: 'events' })).toEqual([])
    // The office itself is found, under its own type.
    expect(await titles('fr', 'bureau geneve', { type: 'offices' })).toEqual(['Bureau de Genève'])
  })
})

sqliteOnly('a word in more than COUNT_LIMIT texts', () => {
  // 1,200 entries written straight into the index (1,200 documents through Payload would take
  // minutes): every 100th has the word in its title, the others in their body; one every 5 days.
  const DAY = 86_400_000
  const COUNT = 1200
  const docIds = Array.from({ length: COUNT }, (_, i) => 900_000 + i)
  const dateOf = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 5 * DAY).toISOString()
  const titleOf = (i: number) => (i % 100 === 0 ? `Zampogna numéro ${i}` : `Communiqué numéro ${i}`)
  beforeAll(async () => {
    const entries: SearchEntry[] = docIds.map((docId, i) => ({
      collection: 'press-releases',
      docId,
      lang: 'fr',
      isSource: true,
      langs: ['fr'],
      title: titleOf(i),
      summary: '',
      body: i % 100 === 0 ? 'Texte.' : 'La zampogna est un instrument.',
      slug: `zampogna-${i}`,
      date: dateOf(i),
      timeZone: 'UTC',
      offices: [],
      programmes: [],
    }))
    await searchIndexOf(payload).replace('press-releases', docIds, entries)
  })
  afterAll(() => searchIndexOf(payload).replace('press-releases', docIds, []))

  test('counts stop at COUNT_LIMIT and say so; facets are counted among the newest COUNT_LIMIT, as "at least"', async () => {
    const results = await searchSite('fr', 'zampogna', 1)
    expect(COUNT_LIMIT).toBe(1000)
    expect(results.totalDocs).toBe(COUNT_LIMIT)
    expect(results.totalCapped).toBe(true)
    expect(results.totalPages).toBe(COUNT_LIMIT / 10)
    expect(results.facets.type).toEqual([{ value: 'press-releases', count: COUNT_LIMIT, capped: true }])
    expect(results.facets.lang).toEqual([{ value: 'fr', count: COUNT_LIMIT, capped: true }])
    const in2005 = docIds.filter((_, i) => dateOf(i).startsWith('2005')).length
    expect(results.facets.year).toContainEqual({ value: '2005', count: in2005, capped: true })
    // The 200 oldest (2000 to September 2002) are not among the newest 1,000.
    expect(results.facets.year.map((f) => f.value)).not.toContain('2001')
    // Filtered below the limit, the same query is counted and ranked exactly.
    const filtered = await searchSite('fr', 'zampogna', 1, { year: 2005 })
    expect([filtered.totalDocs, filtered.totalCapped]).toEqual([in2005, false])
  })

  test('its results: every word in the title first, newest first, then the others newest first', async () => {
    const page = async (n: number) => (await searchSite('fr', 'zampogna', n)).hits.map((h) => h.title)
    const inTitle = [1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 0].map(titleOf)
    expect(await page(1)).toEqual(inTitle.slice(0, 10))
    expect(await page(2)).toEqual([
      ...inTitle.slice(10),
      ...[1199, 1198, 1197, 1196, 1195, 1194, 1193, 1192].map(titleOf),
    ])
    // Past the last page counted: the last page.
    const last = await searchSite('fr', 'zampogna', 500)
    expect(last.page).toBe(100)
    expect(last.hits).toHaveLength(10)
  })
})
