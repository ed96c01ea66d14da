/**
 * What the news list can be filtered by: the years that have releases, the countries whose offices
 * have releases, the offices of the chosen country (or every office, when they are few enough for one
 * menu), and the programmes. Each expires with its own collection only, so publishing a release
 * does not read every office's name again.
 *
 * At scale (5,010 offices in the benchmark's archive) one menu of every office is neither usable nor
 * cheap, so the office menu then waits for a country: the visitor picks a country, filters, and the
 * office menu lists that country's offices. Every office's own address (`/news/office/12`, linked
 * from the office's page) answers whether or not a menu lists it.
 */
import type { Payload, Where } from 'payload'

import { localeDefinition, type LocaleCode } from '../i18n/locales'
import { countryName } from '../reference/countries'
import { isSqlite, sqlRunner } from '../search/sqlite/connection'
import { cached } from './cache'
import { findLocalized } from './localized'
import { officeLabelsOnSqlite, sortedByLabel, type OfficeLabel, type OfficeScope } from './officeLabels'
import { payloadClient } from './payload'
import type { NewsFilters } from './pressReleases'
import { countriesWithReleases } from './releaseCountries'
import { collectionTag } from './tags'

/** The most offices one menu lists: more than this, and the menu asks for a country first. */
export const OFFICE_MENU_SIZE = 300

export interface CountryChoice {
  code: string
  label: string
}

export interface NewsFilterOptions {
  years: number[]
  /** The countries whose offices have published releases. */
  countries: CountryChoice[]
  /** The office menu: the chosen country's offices, or every office when there are few, and the chosen office. */
  offices: OfficeLabel[]
  /** There are too many offices for one menu: it lists a country's, once a country is chosen. */
  officesNeedCountry: boolean
  programmes: { id: number; label: string }[]
}

/**
 * SQLite: the years of the published releases, newest first, in one statement that steps down the
 * index of `_status, published_date` a year at a time (each step one seek: the newest release before
 * the year found last). The probes below are a Payload find each, one per year since the oldest
 * release: 12 ms of a cold news list at N = 100,000. Dates are stored as ISO strings in UTC, whose
 * first four characters are the year.
 */
async function releaseYearsOnSqlite(payload: Payload): Promise<number[] | undefined> {
  if (!isSqlite(payload)) return undefined
  const rows = await (
    await sqlRunner(payload)
  ).all<{ year: string }>(
    `WITH RECURSIVE years(year) AS (
       SELECT substr(max(published_date), 1, 4) FROM press_releases WHERE _status = 'published'
       UNION ALL
       SELECT (SELECT substr(max(published_date), 1, 4) FROM press_releases
               WHERE _status = 'published' AND published_date < years.year || '-01-01')
       FROM years WHERE years.year IS NOT NULL
     )
     SELECT year FROM years WHERE year IS NOT NULL`,
  )
  return rows.map((row) => Number(row.year))
}

/**
 * The years that have published releases, newest first: the first and last dates, then whether each
 * year between them has one (a read of one row through the date index), rather than reading every
 * release's date. Counting each year instead read the whole index: 150–260 ms at N = 100,000.
 */
async function yearsWithReleases(payload: Payload): Promise<number[]> {
  const onSqlite = await releaseYearsOnSqlite(payload)
  if (onSqlite) return onSqlite
  /** The year of the first release in `sort` order among those `where` matches, if any: one row read. */
  const firstYear = async (sort: string, where?: Where) => {
    const found = await payload.find({
      collection: 'press-releases',
      select: { publishedDate: true },
      where,
      sort,
      limit: 1,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: false,
    })
    const date = found.docs[0]?.publishedDate
    return date ? new Date(date).getUTCFullYear() : undefined
  }
  const inYear = (year: number): Where => ({
    and: [
      { publishedDate: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
      { publishedDate: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
    ],
  })
  const [newest, oldest] = await Promise.all([firstYear('-publishedDate'), firstYear('publishedDate')])
  if (newest === undefined || oldest === undefined) return []
  const candidates = Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i)
  const found = await Promise.all(candidates.map((year) => firstYear('-publishedDate', inYear(year))))
  return candidates.filter((_, i) => found[i] !== undefined)
}

/** The years that have releases: expire with press releases only. */
const releaseYears = cached(
  async () => yearsWithReleases(await payloadClient()),
  'news:years',
  () => [collectionTag('press-releases')],
)

/** The countries of the offices visitors may see (their codes): one distinct read of the offices. */
const officeCountries = cached(
  async () => {
    const found = await (
      await payloadClient()
    ).findDistinct({ collection: 'offices', field: 'country', overrideAccess: false, sort: 'country' })
    return found.values.map((row) => row.country).filter((code): code is NonNullable<typeof code> => Boolean(code))
  },
  'news:countries',
  () => [collectionTag('offices')],
)

/**
 * The countries the menu offers: those with published releases. Read again after a release's
 * publish, from the offices' countries (which are not).
 */
const releaseCountries = cached(
  async () => countriesWithReleases(await payloadClient(), await officeCountries()),
  'news:release-countries',
  () => [collectionTag('press-releases'), collectionTag('offices')],
)

/** The offices in `scope`, named, by name; at most `limit` (MongoDB: Payload's find with the fallback). */
async function officeLabels(locale: LocaleCode, scope: OfficeScope, limit: number): Promise<OfficeLabel[]> {
  const payload = await payloadClient()
  const onSqlite = await officeLabelsOnSqlite(payload, locale, scope)
  if (onSqlite) return sortedByLabel(onSqlite, locale, limit)
  const and: Where[] = []
  if (scope.country !== undefined) and.push({ country: { equals: scope.country } })
  if (scope.id !== undefined) and.push({ id: { equals: scope.id } })
  const offices = await findLocalized(payload, {
    collection: 'offices',
    locale,
    select: { name: true, country: true },
    where: and.length ? { and } : undefined,
    sort: 'name',
    limit,
  })
  const labels = offices.items.map((o) => ({ id: o.doc.id, label: o.doc.name ?? '', country: o.doc.country }))
  return sortedByLabel(labels, locale, limit)
}

/** How many offices visitors may see. */
const visibleOffices = cached(
  async () => (await (await payloadClient()).count({ collection: 'offices', overrideAccess: false })).totalDocs,
  'news:office-count',
  () => [collectionTag('offices')],
)

/** The office menu for a country (null: every office, when there are at most OFFICE_MENU_SIZE). */
const officeMenu = cached(
  async (locale: LocaleCode, country: string | null): Promise<OfficeLabel[] | 'too-many'> => {
    if (country === null && (await visibleOffices()) > OFFICE_MENU_SIZE) return 'too-many'
    return officeLabels(locale, country === null ? {} : { country }, OFFICE_MENU_SIZE)
  },
  'news:offices',
  () => [collectionTag('offices')],
)

/** One office visitors may see, named (its address is valid whether or not a menu lists it). */
const officeChoice = cached(
  async (locale: LocaleCode, id: number): Promise<OfficeLabel | null> =>
    (await officeLabels(locale, { id }, 1))[0] ?? null,
  'news:office',
  () => [collectionTag('offices')],
)

/** The most programmes the menu lists (the organisation has tens); past it, a programme's own address still answers. */
const PROGRAMME_MENU_SIZE = 200

/** Programmes visitors may see, named, by title: the first `limit`, or the one with `id`. */
async function programmeLabels(locale: LocaleCode, limit: number, id?: number) {
  const programmes = await findLocalized(await payloadClient(), {
    collection: 'health-programmes',
    locale,
    select: { title: true },
    where: id === undefined ? undefined : { id: { equals: id } },
    sort: 'title',
    limit,
  })
  return programmes.items.map((p) => ({ id: p.doc.id, label: p.doc.title }))
}

const programmeOptions = cached(
  async (locale: LocaleCode) => programmeLabels(locale, PROGRAMME_MENU_SIZE),
  'news:programmes',
  () => [collectionTag('health-programmes')],
)

/** One programme visitors may see, named (linked from its page whether or not the menu lists it). */
const programmeChoice = cached(
  async (locale: LocaleCode, id: number) => (await programmeLabels(locale, 1, id))[0] ?? null,
  'news:programme',
  () => [collectionTag('health-programmes')],
)

/** The countries, named in the visitor's language and sorted as it sorts them. */
function countryChoices(codes: readonly string[], locale: LocaleCode): CountryChoice[] {
  const collator = new Intl.Collator(locale)
  const intl = localeDefinition(locale).intl
  return codes
    .map((code) => ({ code, label: countryName(code, intl) }))
    .sort((a, b) => collator.compare(a.label, b.label))
}

/** A menu's items and the chosen one, which it may not list (a menu has a bound; an address has none). */
function withChosen<T extends { id: number; label: string }>(items: T[], chosen: T | null, locale: LocaleCode): T[] {
  return chosen && !items.some((item) => item.id === chosen.id)
    ? sortedByLabel([...items, chosen], locale, Infinity)
    : items
}

/** The menus for a list at `filters`: the office menu follows the chosen country and shows the chosen office. */
export async function newsFilterOptions(
  locale: LocaleCode,
  { country, office, programme }: Pick<NewsFilters, 'country' | 'office' | 'programme'> = {},
): Promise<NewsFilterOptions> {
  const [years, countries, menu, chosenOffice, programmeMenu, chosenProgramme] = await Promise.all([
    releaseYears(),
    releaseCountries(),
    officeMenu(locale, country ?? null),
    office === undefined ? null : officeChoice(locale, office),
    programmeOptions(locale),
    programme === undefined ? null : programmeChoice(locale, programme),
  ])
  const listed = menu === 'too-many' ? [] : menu
  return {
    years,
    countries: countryChoices(countries, locale),
    offices: withChosen(listed, chosenOffice, locale),
    officesNeedCountry: menu === 'too-many',
    programmes: withChosen(programmeMenu, chosenProgramme, locale),
  }
}
