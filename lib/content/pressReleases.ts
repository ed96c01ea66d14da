import type { Payload, Where } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import type { Theme } from '../reference/taxonomy'
import { isSqlite, sqlRunner } from '../search/sqlite/connection'
import { cached } from './cache'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalizedPage, readInOrder } from './listPage'
import { findLocalized } from './localized'
import { mediaById, thumbnailsByIds } from './media'
import { officeLabelsOnSqlite, sortedByLabel } from './officeLabels'
import { payloadClient } from './payload'
import { cachedUnlessPreviewing } from './previewable'
import { releaseIdsPage } from './releaseListOnSqlite'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

export const NEWS_PAGE_SIZE = 10

const listSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedDate: true,
  timeZone: true,
  dateline: { city: true },
} as const

/** The news list's cards also show the release's picture, small. */
const cardSelect = { ...listSelect, heroImage: true } as const

export interface NewsFilters {
  page?: number
  year?: number
  office?: number
  programme?: number
  theme?: Theme
}

/** The list's conditions, for Payload (MongoDB; SQLite reads the list through releaseListOnSqlite.ts). */
function newsWhere({ year, office, programme, theme }: NewsFilters): Where | undefined {
  const and: Where[] = []
  if (year)
    and.push(
      { publishedDate: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
      { publishedDate: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
    )
  if (office) and.push({ or: [{ offices: { contains: office } }, { 'dateline.office': { equals: office } }] })
  if (programme) and.push({ programmes: { contains: programme } })
  if (theme) and.push({ themes: { contains: theme } })
  return and.length ? { and } : undefined
}

/** The list's page: its ids and total through SQL on SQLite, through Payload's queries elsewhere. */
async function newsPage(payload: Payload, locale: LocaleCode, filters: NewsFilters) {
  const page = filters.page ?? 1
  const options = { collection: 'press-releases', locale, select: cardSelect } as const
  const onSqlite = await releaseIdsPage(payload, filters, page, NEWS_PAGE_SIZE)
  if (!onSqlite)
    return findLocalizedPage(payload, {
      ...options,
      where: newsWhere(filters),
      sort: '-publishedDate',
      limit: NEWS_PAGE_SIZE,
      page,
    })
  const { ids, totalDocs } = onSqlite
  const items = await readInOrder(payload, options, ids)
  return { items, totalDocs, totalPages: Math.max(1, Math.ceil(totalDocs / NEWS_PAGE_SIZE)), page }
}

/**
 * A page of published press releases, newest first, each in the visitor's locale or its source
 * locale, with its picture's thumbnail when it has one (one more read for the whole page).
 */
export const listNews = cached(
  async (locale: LocaleCode, filters: NewsFilters = {}) => {
    const payload = await payloadClient()
    const found = await newsPage(payload, locale, filters)
    const pictureOf = (item: (typeof found.items)[number]) => idsOf(item.doc.heroImage)[0]
    const thumbnails = await thumbnailsByIds(
      payload,
      found.items.map(pictureOf).filter((id) => id !== undefined),
    )
    const items = found.items.map((item) => {
      const id = pictureOf(item)
      return { ...item, thumbnail: id === undefined ? undefined : thumbnails.get(id) }
    })
    return { ...found, items }
  },
  'news:list',
  () => [collectionTag('press-releases'), collectionTag('media')],
)

/** The newest press releases, for the home page and the RSS feed. */
export const latestNews = cached(
  async (locale: LocaleCode, limit: number) => {
    const payload = await payloadClient()
    return findLocalized(payload, {
      collection: 'press-releases',
      locale,
      select: listSelect,
      sort: '-publishedDate',
      limit,
    })
  },
  'news:latest',
  () => [collectionTag('press-releases')],
)

/**
 * The years that have published releases, newest first: the first and last dates, then whether each
 * year between them has one (a read of one row through the date index), rather than reading every
 * release's date. Counting each year instead read the whole index: 150–260 ms at N = 100,000.
 */
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
  const [newest, oldest] = await Promise.all([firstYear('-publishedDate'), firstYear('publishedDate')])
  if (newest === undefined || oldest === undefined) return []
  const candidates = Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i)
  const found = await Promise.all(candidates.map((year) => firstYear('-publishedDate', newsWhere({ year }))))
  return candidates.filter((_, i) => found[i] !== undefined)
}

/** The years that have releases: expire with press releases only. */
const releaseYears = cached(
  async () => yearsWithReleases(await payloadClient()),
  'news:years',
  () => [collectionTag('press-releases')],
)

/** The office menu's length: the first offices by name (a menu of every office is for a later change). */
const OFFICE_MENU_SIZE = 500

/**
 * The offices and programmes a release can be filtered by, in the visitor's locale (or the source
 * one), sorted by the name shown: they expire with offices and programmes only, so publishing a
 * release does not read every office's name again.
 */
const officeOptions = cached(
  async (locale: LocaleCode) => {
    const payload = await payloadClient()
    const onSqlite = await officeLabelsOnSqlite(payload, locale)
    if (onSqlite) return sortedByLabel(onSqlite, locale, OFFICE_MENU_SIZE)
    const offices = await findLocalized(payload, {
      collection: 'offices',
      locale,
      select: { name: true },
      sort: 'name',
      limit: OFFICE_MENU_SIZE,
    })
    const labels = offices.items.map((o) => ({ id: o.doc.id, label: o.doc.name ?? '' }))
    return sortedByLabel(labels, locale, OFFICE_MENU_SIZE)
  },
  'news:offices',
  () => [collectionTag('offices')],
)
const programmeOptions = cached(
  async (locale: LocaleCode) => {
    const programmes = await findLocalized(await payloadClient(), {
      collection: 'health-programmes',
      locale,
      select: { title: true },
      sort: 'title',
      limit: 200,
    })
    return programmes.items.map((p) => ({ id: p.doc.id, label: p.doc.title }))
  },
  'news:programmes',
  () => [collectionTag('health-programmes')],
)

/** What the news list can be filtered by: the years that have releases, offices and programmes. */
export async function newsFilterOptions(locale: LocaleCode) {
  const [years, offices, programmes] = await Promise.all([
    releaseYears(),
    officeOptions(locale),
    programmeOptions(locale),
  ])
  return { years, offices, programmes }
}

const detailSelect = {
  title: true,
  slug: true,
  summary: true,
  body: true,
  publishedDate: true,
  timeZone: true,
  updatedAt: true,
  dateline: { city: true, office: true },
  heroImage: true,
  contacts: true,
  offices: true,
  programmes: true,
  events: true,
  themes: true,
  meta: true,
} as const

/**
 * One press release by slug, with its related offices, programmes and events and its image.
 * A previewing editor gets the latest draft of the document itself, its related content as published.
 */
export const getPressRelease = cachedUnlessPreviewing(
  async (viewer: Viewer, locale: LocaleCode, slug: string) => {
    const payload = await payloadClient()
    const lookup = await readBySlug(payload, 'press-releases', locale, slug, detailSelect, viewer)
    if (lookup.status !== 'found') return { lookup, related: null }
    const doc = lookup.result.doc
    const contactOffices = (doc.contacts ?? []).flatMap((c) => idsOf(c.office))
    const [offices, programmes, events, image] = await Promise.all([
      linksTo(payload, 'offices', locale, [
        ...new Set([...idsOf(doc.dateline?.office), ...idsOf(doc.offices), ...contactOffices]),
      ]),
      linksTo(payload, 'health-programmes', locale, idsOf(doc.programmes)),
      linksTo(payload, 'events', locale, idsOf(doc.events)),
      mediaById(payload, locale, idsOf(doc.meta?.image ?? doc.heroImage)[0]),
    ])
    return { lookup, related: { offices, programmes, events, image } }
  },
  'news:detail',
  (_locale, slug) => [
    documentTag('press-releases', slug),
    collectionTag('offices'),
    collectionTag('health-programmes'),
    collectionTag('events'),
    collectionTag('media'),
  ],
)
