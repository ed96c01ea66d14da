/**
 * The long lists' two-step read (lib/content/listPage.ts): every page shows what Payload's own paged
 * find showed — the same documents in the same order, each in the visitor's locale or its source
 * one, the same total and number of pages — including ties on the sort's date, a filter, drafts left
 * out, and a page past the end.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { findLocalizedPage } from '../../lib/content/listPage'
import { newsFilterOptions, OFFICE_MENU_SIZE } from '../../lib/content/newsFilterOptions'
import { listNews, NEWS_PAGE_SIZE, newsWhere } from '../../lib/content/pressReleases'
import { countriesWithReleases, countriesWithReleasesThroughPayload } from '../../lib/content/releaseCountries'
import { eventList, eventsOfProgramme, latestEventsOf } from '../../lib/content/events'
import { NEWEST_PROBED, newestAmongRecent, newestAt } from '../../lib/content/newestOnSqlite'
import { countryHasNews, officesInCountry, readOfficeDirectory } from '../../lib/content/offices'
import { rebuildReleaseKeys, RELEASE_KEYS } from '../../lib/content/releaseKeysOnSqlite'
import { newestReleaseIds, releaseIdsPage } from '../../lib/content/releaseListOnSqlite'
import { sqlRunner } from '../../lib/search/sqlite/connection'
import { findLocalized, type LocalizedPage } from '../../lib/content/localized'
import { makeOffice, makePressRelease } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload

/** The SQL reads exist on SQLite only; on MongoDB the lists go through Payload's queries (tested above them). */
const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const sqliteTest = onMongo ? test.skip : test
const sqliteOnly = onMongo ? describe.skip : describe

const select = { title: true, slug: true, publishedDate: true } as const
const dates = ['2021-03-01', '2019-11-26', '2019-11-26', '2024-06-10', '2019-11-26', '2022-01-15', '2019-11-26']

beforeAll(async () => {
  payload = await startPayload()
  for (const [i, date] of dates.entries()) {
    const release = await makePressRelease(payload, { title: `Communiqué ${i}`, locale: i === 3 ? 'en' : 'fr' })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { publishedDate: `${date}T09:00:00.000Z` },
    })
  }
  // A draft in a year no published release has: never offered as a filter.
  await makePressRelease(payload, { title: 'Brouillon', status: 'draft', publishedDate: '2002-05-05T09:00:00.000Z' })
})
afterAll(() => stopPayload(payload))

const shown = (page: LocalizedPage<{ title: string }>) => ({
  titles: page.items.map((item) => [item.doc.title, item.locale, item.isFallback]),
  totalDocs: page.totalDocs,
  totalPages: page.totalPages,
  page: page.page,
})

const cases: [string, Where | undefined][] = [
  ['every release', undefined],
  [
    'one year',
    {
      and: [
        { publishedDate: { greater_than_equal: '2019-01-01T00:00:00.000Z' } },
        { publishedDate: { less_than: '2020-01-01T00:00:00.000Z' } },
      ],
    },
  ],
  [
    'a year without releases',
    {
      and: [
        { publishedDate: { greater_than_equal: '2000-01-01T00:00:00.000Z' } },
        { publishedDate: { less_than: '2001-01-01T00:00:00.000Z' } },
      ],
    },
  ],
]

describe.each(cases)('findLocalizedPage, %s', (_name, where) => {
  test('each page equals the paged find: documents, order, fallback, totals', async () => {
    const options = {
      collection: 'press-releases',
      locale: 'es',
      select,
      where,
      sort: '-publishedDate',
      limit: 2,
    } as const
    const first = await findLocalized(payload, { ...options, page: 1 })
    for (let page = 1; page <= first.totalPages + 1; page++) {
      const expected = await findLocalized(payload, { ...options, page })
      const actual = await findLocalizedPage(payload, { ...options, page })
      expect(shown(actual)).toEqual(shown(expected))
    }
  })
})

test('the pages hold every published release once, newest first, none of the drafts', async () => {
  const options = { collection: 'press-releases', locale: 'fr', select, sort: '-publishedDate', limit: 3 } as const
  const pages = await Promise.all([1, 2, 3].map((page) => findLocalizedPage(payload, { ...options, page })))
  const titles = pages.flatMap((p) => p.items.map((item) => item.doc.title))
  expect(new Set(titles).size).toBe(dates.length)
  expect(titles).not.toContain('Brouillon')
  expect(pages.map((p) => [p.page, p.totalDocs, p.totalPages, p.items.length])).toEqual([
    [1, 7, 3, 3],
    [2, 7, 3, 3],
    [3, 7, 3, 1],
  ])
  const dated = pages.flatMap((p) => p.items.map((item) => String(item.doc.publishedDate)))
  expect(dated).toEqual([...dated].sort().reverse())
  expect(pages[0].items[0].doc.title).toBe('Communiqué 3')
  expect(pages[0].items[0]).toMatchObject({ locale: 'en', isFallback: true })
})

test('a page past the end is empty, with the right totals', async () => {
  const page = await findLocalizedPage(payload, {
    collection: 'press-releases',
    locale: 'fr',
    select,
    sort: '-publishedDate',
    limit: 3,
    page: 4,
  })
  expect({ items: page.items.length, totalDocs: page.totalDocs, totalPages: page.totalPages }).toEqual({
    items: 0,
    totalDocs: 7,
    totalPages: 3,
  })
})

describe('the news list filtered by an office', () => {
  test('lists the releases naming the office or datelined there, and follows a publish and an unpublish', async () => {
    const office = await makeOffice(payload, {
      name: 'Bureau de pays à Tunis',
      city: 'Tunis',
      country: 'TN',
      timeZone: 'Africa/Tunis',
    })
    const named = await makePressRelease(payload, { title: 'Nommé à Tunis' })
    const datelined = await makePressRelease(payload, { title: 'Daté de Tunis' })
    await makePressRelease(payload, { title: 'Ailleurs' })
    await payload.update({ collection: 'press-releases', id: named.id, data: { offices: [office.id] } })
    await payload.update({ collection: 'press-releases', id: datelined.id, data: { dateline: { office: office.id } } })
    const titles = async () => {
      const page = await listNews('fr', { office: office.id })
      return { titles: page.items.map((item) => item.doc.title).sort(), totalDocs: page.totalDocs }
    }
    expect(await titles()).toEqual({ titles: ['Daté de Tunis', 'Nommé à Tunis'], totalDocs: 2 })
    await payload.update({ collection: 'press-releases', id: named.id, data: { _status: 'draft' } })
    expect(await titles()).toEqual({ titles: ['Daté de Tunis'], totalDocs: 1 })
    await payload.update({ collection: 'press-releases', id: named.id, data: { _status: 'published' } })
    expect(await titles()).toEqual({ titles: ['Daté de Tunis', 'Nommé à Tunis'], totalDocs: 2 })
    const elsewhere = await makeOffice(payload, { name: 'Bureau vide', status: 'draft', city: 'Sfax', country: 'TN' })
    expect((await listNews('fr', { office: elsewhere.id })).totalDocs).toBe(0)
  })
})

describe('the news filter’s years', () => {
  test('the years of the published releases, newest first; not a draft’s', async () => {
    const published = await payload.find({
      collection: 'press-releases',
      where: { _status: { equals: 'published' } },
      select: { publishedDate: true },
      pagination: false,
    })
    const expected = [...new Set(published.docs.map((doc) => new Date(doc.publishedDate).getUTCFullYear()))].sort(
      (a, b) => b - a,
    )
    expect(expected).toEqual(expect.arrayContaining([2024, 2022, 2021, 2019]))
    const { years } = await newsFilterOptions('fr')
    expect(years).toEqual(expected)
    expect(years).not.toContain(2002)
  })
})

describe('the news list read through SQL (SQLite) lists what Payload’s own find lists', () => {
  type Filters = Parameters<typeof listNews>[1] & object
  let cases: [string, Filters, Where | undefined][] = []

  beforeAll(async () => {
    const office = await makeOffice(payload, {
      name: 'Bureau de pays à Dakar',
      city: 'Dakar',
      country: 'SN',
      timeZone: 'Africa/Dakar',
    })
    // Another office in the same country, and one elsewhere: the country filter takes the first two.
    const saintLouis = await makeOffice(payload, { name: 'Saint-Louis', country: 'SN', timeZone: 'Africa/Dakar' })
    const nairobi = await makeOffice(payload, { name: 'Nairobi', country: 'KE', timeZone: 'Africa/Nairobi' })
    const programme = await payload.create({
      collection: 'health-programmes',
      locale: 'fr',
      data: { title: 'Santé des migrants à Dakar', status: 'active', _status: 'published' },
    })
    // Releases in two years, some named among the office's, some datelined there, some in the
    // programme, some with another theme; a draft in each, and one published then unpublished.
    const filed = [
      { date: '2023-02-01', offices: [office.id], programmes: [programme.id], themes: ['hiv'] },
      { date: '2023-02-01', dateline: office.id, themes: ['tuberculosis'] },
      { date: '2023-07-14', offices: [office.id], dateline: office.id },
      { date: '2024-03-03', programmes: [programme.id], themes: ['hiv'] },
      { date: '2024-03-03', offices: [office.id], programmes: [programme.id] },
      { date: '2024-09-30', dateline: office.id, themes: ['hiv'] },
      { date: '2024-12-31', offices: [office.id] },
      { date: '2022-05-05', dateline: saintLouis.id },
      { date: '2024-01-20', offices: [nairobi.id, saintLouis.id], dateline: nairobi.id },
      { date: '2021-08-08', offices: [nairobi.id], themes: ['hiv'] },
    ] as const
    for (const [i, f] of filed.entries()) {
      const release = await makePressRelease(payload, {
        title: `Dakar ${i}`,
        locale: i % 2 ? 'en' : 'fr',
        publishedDate: `${f.date}T09:00:00.000Z`,
      })
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: {
          offices: 'offices' in f ? [...f.offices] : [],
          programmes: 'programmes' in f ? [...f.programmes] : [],
          themes: 'themes' in f ? [...f.themes] : ['migration-governance'],
          dateline: 'dateline' in f ? { office: f.dateline } : {},
        },
      })
    }
    const draft = await makePressRelease(payload, {
      title: 'Dakar brouillon',
      status: 'draft',
      publishedDate: '2024-03-03T09:00:00.000Z',
    })
    const unpublished = await makePressRelease(payload, {
      title: 'Dakar retiré',
      publishedDate: '2023-07-14T09:00:00.000Z',
    })
    for (const id of [draft.id, unpublished.id])
      await payload.update({
        collection: 'press-releases',
        id,
        data: { offices: [office.id], programmes: [programme.id], themes: ['hiv'] },
      })
    await payload.update({ collection: 'press-releases', id: unpublished.id, data: { _status: 'draft' } })

    const inYear = (year: number): Where[] => [
      { publishedDate: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
      { publishedDate: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
    ]
    const ofOffice: Where = { or: [{ offices: { contains: office.id } }, { 'dateline.office': { equals: office.id } }] }
    const senegal = [office.id, saintLouis.id]
    const ofSenegal: Where = { or: [{ offices: { in: senegal } }, { 'dateline.office': { in: senegal } }] }
    cases = [
      ['no filter', {}, undefined],
      ['a year', { year: 2024 }, { and: inYear(2024) }],
      ['an office', { office: office.id }, ofOffice],
      ['a programme', { programme: programme.id }, { programmes: { contains: programme.id } }],
      ['a theme', { theme: 'hiv' }, { themes: { contains: 'hiv' } }],
      [
        'an office, a year and a theme',
        { office: office.id, year: 2024, theme: 'hiv' },
        { and: [ofOffice, ...inYear(2024), { themes: { contains: 'hiv' } }] },
      ],
      ['a year without releases', { year: 1990 }, { and: inYear(1990) }],
      ['a country', { country: 'SN' }, ofSenegal],
      ['a country and a year', { country: 'SN', year: 2024 }, { and: [ofSenegal, ...inYear(2024)] }],
      ['a country without offices', { country: 'JP' }, { id: { exists: false } }],
    ]
  })

  sqliteTest('every page of two, each filter: the same releases in the same order, and the same total', async () => {
    expect(cases.length).toBeGreaterThan(0)
    for (const [name, filters, where] of cases) {
      const reference = (page: number) =>
        payload.find({
          collection: 'press-releases',
          where,
          sort: '-publishedDate',
          select: {},
          limit: 2,
          page,
          depth: 0,
          draft: false,
          overrideAccess: false,
        })
      const first = await reference(1)
      // An office's or a programme's page: the first page's releases, without the total.
      expect({ name, ids: await newestReleaseIds(payload, filters, 2) }).toEqual({
        name,
        ids: first.docs.map((doc) => doc.id),
      })
      // Past the middle, pages are read from the oldest end: every page and one past the last.
      for (let page = 1; page <= first.totalPages + 1; page++) {
        const expected = await reference(page)
        const actual = await releaseIdsPage(payload, filters, page, 2)
        expect({ name, page, ...actual }).toEqual({
          name,
          page,
          ids: page > first.totalPages ? [] : expected.docs.map((doc) => doc.id),
          totalDocs: first.totalDocs,
        })
      }
    }
  })

  test('Payload’s conditions (the MongoDB path) find the same releases as the reference', async () => {
    for (const [name, filters, where] of cases) {
      const idsOf = async (condition: Where | undefined) =>
        (
          await payload.find({
            collection: 'press-releases',
            where: condition,
            sort: '-publishedDate',
            select: {},
            pagination: false,
            depth: 0,
            draft: false,
            overrideAccess: false,
          })
        ).docs.map((doc) => doc.id)
      expect({ name, ids: await idsOf(await newsWhere(payload, filters)) }).toEqual({ name, ids: await idsOf(where) })
    }
  })

  test('the list’s first page, each filter: the releases in the visitor’s language or their own', async () => {
    for (const [name, filters, where] of cases) {
      const expected = await findLocalized(payload, {
        collection: 'press-releases',
        locale: 'es',
        select,
        where,
        sort: '-publishedDate',
        limit: NEWS_PAGE_SIZE,
      })
      const actual = await listNews('es', filters)
      const shownOf = (p: { items: { doc: { title: string }; locale: string }[]; totalDocs: number }) => ({
        titles: p.items.map((item) => `${item.doc.title} (${item.locale})`),
        totalDocs: p.totalDocs,
      })
      expect({ name, ...shownOf(actual) }).toEqual({ name, ...shownOf(expected) })
    }
  })
})

describe('the news filter’s offices', () => {
  test('every office but drafts, once, named in the visitor’s language or its own, in that name’s order', async () => {
    const named = (name: string, locale: 'fr' | 'en', status: 'draft' | 'published') =>
      makeOffice(payload, { name, locale, status })
    // In Spanish, "Éfeso" sorts between "Efes" and "Ego"; a binary sort puts it after "Zamora".
    const accented = await named('Éfeso', 'fr', 'published')
    await named('Zamora', 'en', 'published')
    await named('Efes', 'fr', 'published')
    await named('Ego', 'fr', 'published')
    await named('Oficina en borrador', 'fr', 'draft')
    await payload.update({ collection: 'offices', id: accented.id, locale: 'es', data: { name: 'Éfeso' } })

    const visible = await findLocalized(payload, {
      collection: 'offices',
      locale: 'es',
      select: { name: true },
      limit: 1000,
    })
    const expected = visible.items.map((o) => o.doc.name ?? '').sort(new Intl.Collator('es').compare)
    const { offices } = await newsFilterOptions('es')
    expect(offices.map((o) => o.label)).toEqual(expected)
    expect(offices.map((o) => o.label)).not.toContain('Oficina en borrador')
    const labels = offices.map((o) => o.label)
    expect(labels.indexOf('Efes')).toBeLessThan(labels.indexOf('Éfeso'))
    expect(labels.indexOf('Éfeso')).toBeLessThan(labels.indexOf('Ego'))
    expect(new Set(offices.map((o) => o.id)).size).toBe(offices.length)
  })
})

describe('the programme menu', () => {
  test('a chosen programme is listed once; a draft programme is not offered, even by its address', async () => {
    const create = (title: string, status: 'draft' | 'published') =>
      payload.create({
        collection: 'health-programmes',
        locale: 'fr',
        data: { title, status: 'active', _status: status },
        draft: status === 'draft',
      })
    const visible = await create('Santé aux frontières', 'published')
    const draft = await create('Programme en préparation', 'draft')
    const chosen = await newsFilterOptions('fr', { programme: visible.id })
    expect(chosen.programmes.filter((p) => p.id === visible.id)).toHaveLength(1)
    const drafted = await newsFilterOptions('fr', { programme: draft.id })
    expect(drafted.programmes.map((p) => p.id)).not.toContain(draft.id)
  })
})

describe('the office menu when there are more offices than one menu lists', () => {
  test('asks for a country, then lists its offices; a chosen office is listed wherever it is', async () => {
    const niamey = await makeOffice(payload, { name: 'Niamey', country: 'NE', timeZone: 'Africa/Niamey' })
    await makeOffice(payload, { name: 'Agadez', country: 'NE', timeZone: 'Africa/Niamey' })
    await makeOffice(payload, { name: 'Zinder (brouillon)', country: 'NE', timeZone: 'Africa/Niamey', status: 'draft' })
    const ndjamena = await makeOffice(payload, { name: 'N’Djamena (brouillon)', country: 'TD', status: 'draft' })
    await makeOffice(payload, { name: 'Bamako', country: 'ML', timeZone: 'Africa/Bamako' })
    for (const office of [niamey, ndjamena]) {
      const release = await makePressRelease(payload, { title: `Communiqué de ${office.name}` })
      await payload.update({ collection: 'press-releases', id: release.id, data: { dateline: { office: office.id } } })
    }
    const before = await newsFilterOptions('fr')
    expect(before.officesNeedCountry).toBe(false)
    expect(before.offices.map((o) => o.label)).toContain('Niamey')
    // Countries are those of the offices visitors see that have releases (Mali's office has none,
    // Chad's is a draft), named and sorted in the visitor's language.
    expect(before.countries.map((c) => c.code)).toContain('NE')
    expect(before.countries.map((c) => c.code)).not.toContain('TD')
    expect(before.countries.map((c) => c.code)).not.toContain('ML')
    // Through Payload (MongoDB's path), the same countries.
    const codes = ['NE', 'TD', 'ML', ...before.countries.map((c) => c.code)]
    expect(await countriesWithReleasesThroughPayload(payload, codes)).toEqual(
      await countriesWithReleases(payload, codes),
    )
    expect((await newsFilterOptions('ar')).countries.find((c) => c.code === 'NE')?.label).toBe('النيجر')
    const labels = before.countries.map((c) => c.label)
    expect(labels).toEqual([...labels].sort(new Intl.Collator('fr').compare))

    const { totalDocs } = await payload.count({ collection: 'offices', overrideAccess: false })
    for (let i = totalDocs; i <= OFFICE_MENU_SIZE; i++)
      await makeOffice(payload, { name: `Antenne ${i}`, country: 'BE', timeZone: 'Europe/Brussels' })

    const unfiltered = await newsFilterOptions('fr')
    expect(unfiltered.officesNeedCountry).toBe(true)
    expect(unfiltered.offices).toEqual([])
    const niger = await newsFilterOptions('fr', { country: 'NE' })
    expect(niger.offices.map((o) => [o.label, o.country])).toEqual([
      ['Agadez', 'NE'],
      ['Niamey', 'NE'],
    ])
    // An office's own address (linked from its page) is offered without a country: the menu shows it.
    const chosen = await newsFilterOptions('fr', { office: niamey.id })
    expect(chosen.offices.map((o) => o.label)).toEqual(['Niamey'])
  })
})

describe('a programme’s latest events (its page)', () => {
  test('latest start first, drafts and other programmes’ events left out, by either read', async () => {
    const [programme, other] = await Promise.all(
      ['Santé aux frontières', 'Vaccination'].map((title) =>
        payload.create({
          collection: 'health-programmes',
          locale: 'fr',
          data: { title, status: 'active', _status: 'published' },
        }),
      ),
    )
    const planned = [
      { day: '2030-05-02', programmes: [programme.id] },
      { day: '2019-01-15', programmes: [programme.id, other.id] },
      { day: '2030-05-02', programmes: [programme.id] },
      { day: '2027-09-09', programmes: [other.id] },
      { day: '2031-12-01', programmes: [programme.id], status: 'draft' },
      { day: '2025-06-20', programmes: [programme.id] },
      { day: '2032-01-01', programmes: [] },
    ] as const
    for (const [i, e] of planned.entries())
      await payload.create({
        collection: 'events',
        locale: 'fr',
        draft: 'status' in e,
        data: {
          title: `Atelier ${i}`,
          kind: 'workshop',
          status: 'scheduled',
          sourceLocale: 'fr',
          startsAt: `${e.day}T08:00:00.000Z`,
          endsAt: `${e.day}T12:00:00.000Z`,
          timeZone: 'Africa/Dakar',
          programmes: [...e.programmes],
          _status: 'status' in e ? 'draft' : 'published',
        },
      })
    const reference = await payload.find({
      collection: 'events',
      where: { programmes: { contains: programme.id } },
      sort: '-startsAt',
      select: {},
      limit: 3,
      depth: 0,
      draft: false,
      overrideAccess: false,
    })
    expect(reference.totalDocs).toBe(4)
    const expected = reference.docs.map((doc) => doc.id)
    expect((await latestEventsOf(payload, 'fr', programme.id, 3)).map((item) => item.doc.id)).toEqual(expected)

    // SQLite: the first read, among the newest two events (one of the programme's) or every event; the second, its whole set.
    if (onMongo) return
    const sql = await sqlRunner(payload)
    const filter = eventsOfProgramme(programme.id)
    const newestTwo = await payload.find({
      collection: 'events',
      sort: '-startsAt',
      limit: 2,
      depth: 0,
      draft: false,
      overrideAccess: false,
    })
    expect(await newestAmongRecent(sql, eventList, filter.probe, 3, 2)).toEqual(
      expected.filter((id) => newestTwo.docs.some((doc) => doc.id === id)),
    )
    expect(await newestAmongRecent(sql, eventList, filter.probe, 3, NEWEST_PROBED)).toEqual(expected)
    expect(await newestAt(sql, eventList, filter.set, 3)).toEqual(expected)
  })
})

describe('the offices directory', () => {
  test('every office by region while few; past its size the countries by region; a country’s offices', async () => {
    const [dakar, , regional] = await Promise.all([
      makeOffice(payload, {
        name: 'Dakar (pays)',
        country: 'SN',
        region: 'west-central-africa',
        timeZone: 'Africa/Dakar',
      }),
      makeOffice(payload, { name: 'Abuja', country: 'NG', region: 'west-central-africa', timeZone: 'Africa/Lagos' }),
      makeOffice(payload, {
        name: 'Dakar (région)',
        kind: 'regional-office',
        country: 'SN',
        region: 'west-central-africa',
        timeZone: 'Africa/Dakar',
      }),
      makeOffice(payload, { name: 'Lomé (brouillon)', country: 'TG', region: 'west-central-africa', status: 'draft' }),
    ])
    const { totalDocs } = await payload.count({ collection: 'offices', overrideAccess: false })

    const all = await readOfficeDirectory(payload, 'fr', totalDocs)
    if (all.kind !== 'offices') throw new Error(`every office expected, got ${all.kind}`)
    const westAfrica = all.groups.find((g) => g.region === 'west-central-africa')
    expect(westAfrica?.offices.map((o) => o.doc.name)).toEqual(['Dakar (région)', 'Abuja', 'Dakar (pays)'])
    expect(all.groups.flatMap((g) => g.offices).length).toBe(totalDocs)

    const byCountry = await readOfficeDirectory(payload, 'ar', totalDocs - 1)
    if (byCountry.kind !== 'countries') throw new Error(`countries expected, got ${byCountry.kind}`)
    // Togo's only office is a draft: not offered. Names and order in the visitor's language.
    expect(byCountry.groups.find((g) => g.region === 'west-central-africa')?.countries).toEqual([
      { code: 'SN', label: 'السنغال' },
      { code: 'NG', label: 'نيجيريا' },
    ])

    const senegal = await officesInCountry('fr', 'SN')
    expect(senegal.map((o) => o.doc.id)).toEqual([
      regional.id,
      ...senegal.filter((o) => o.doc.kind !== 'regional-office').map((o) => o.doc.id),
    ])
    expect(senegal.map((o) => o.doc.id)).toContain(dakar.id)
    expect(senegal.every((o) => o.doc.country === 'SN')).toBe(true)
    expect(await officesInCountry('fr', 'TG')).toEqual([])
    // Senegal's news, if the earlier tests made some, and Nigeria's office has none.
    expect(await countryHasNews('NG')).toBe(false)
  })
})

sqliteOnly('the news list’s filter keys (SQLite)', () => {
  test('every write path leaves them as a rebuild from the releases would', async () => {
    const sql = await sqlRunner(payload)
    const keysOf = async (id: number) =>
      (await sql.all<{ key: string }>(`SELECT key FROM ${RELEASE_KEYS} WHERE id = ? ORDER BY key`, [id])).map(
        (row) => row.key,
      )
    const every = () =>
      sql.all(
        `SELECT key, published_date, created_at, id FROM ${RELEASE_KEYS} ORDER BY key, published_date, created_at, id`,
      )
    /** The keys as the hooks left them, and as a rebuild writes them. */
    const keptAndRebuilt = async (step: string) => {
      const kept = await every()
      await rebuildReleaseKeys(payload)
      return [
        { step, keys: kept },
        { step, keys: await every() },
      ]
    }

    const office = await makeOffice(payload, { name: 'Kaolack', country: 'SN', timeZone: 'Africa/Dakar' })
    const programme = await payload.create({
      collection: 'health-programmes',
      locale: 'fr',
      data: { title: 'Santé à Kaolack', status: 'active', _status: 'published' },
    })
    const release = await makePressRelease(payload, { title: 'Kaolack' })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { offices: [office.id], programmes: [programme.id], themes: ['hiv'] },
    })
    expect(await keysOf(release.id)).toEqual([
      'country:SN',
      `office:${office.id}`,
      `programme:${programme.id}`,
      'theme:hiv',
    ])
    let [kept, rebuilt] = await keptAndRebuilt('filed')
    expect(kept).toEqual(rebuilt)

    // A draft of the published release changes nothing the list shows.
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      data: { themes: ['tuberculosis'] },
    })
    expect(await keysOf(release.id)).toContain('theme:hiv')
    ;[kept, rebuilt] = await keptAndRebuilt('draft')
    expect(kept).toEqual(rebuilt)

    // The office moves to another country: its releases with it.
    await payload.update({ collection: 'offices', id: office.id, data: { country: 'ML', timeZone: 'Africa/Bamako' } })
    expect(await keysOf(release.id)).toContain('country:ML')
    expect(await keysOf(release.id)).not.toContain('country:SN')
    ;[kept, rebuilt] = await keptAndRebuilt('country')
    expect(kept).toEqual(rebuilt)

    await payload.delete({ collection: 'health-programmes', id: programme.id })
    expect(await keysOf(release.id)).not.toContain(`programme:${programme.id}`)
    ;[kept, rebuilt] = await keptAndRebuilt('programme deleted')
    expect(kept).toEqual(rebuilt)

    await payload.update({ collection: 'press-releases', id: release.id, data: { _status: 'draft' } })
    expect(await keysOf(release.id)).toEqual([])
    await payload.update({ collection: 'press-releases', id: release.id, data: { _status: 'published' } })
    expect(await keysOf(release.id)).toContain(`office:${office.id}`)

    await payload.delete({ collection: 'offices', id: office.id })
    expect((await keysOf(release.id)).filter((key) => !key.startsWith('theme:'))).toEqual([])
    ;[kept, rebuilt] = await keptAndRebuilt('office deleted')
    expect(kept).toEqual(rebuilt)

    await payload.delete({ collection: 'press-releases', id: release.id })
    expect(await keysOf(release.id)).toEqual([])
    ;[kept, rebuilt] = await keptAndRebuilt('release deleted')
    expect(kept).toEqual(rebuilt)
  })
})
