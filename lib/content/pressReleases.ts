import type { Payload, SelectType, TypedCollectionSelect, Where } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import type { Theme } from '../reference/taxonomy'
import { cached } from './cache'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalizedPage, readInOrder } from './listPage'
import { findLocalized } from './localized'
import { mediaById, thumbnailsByIds } from './media'
import { payloadClient } from './payload'
import { cachedUnlessPreviewing } from './previewable'
import { newestReleaseIds, releaseIdsPage } from './releaseListOnSqlite'
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

/** A release linked from an office's or a programme's page. */
const linkSelect = { title: true, slug: true, publishedDate: true, timeZone: true, summary: true } as const

/** The news list's cards also show the release's picture, small. */
const cardSelect = { ...listSelect, heroImage: true } as const

export interface NewsFilters {
  page?: number
  year?: number
  /** ISO 3166-1 code in capitals: releases about or datelined at any of that country's offices. */
  country?: string
  office?: number
  programme?: number
  theme?: Theme
}

/** The ids of a country's offices, for Payload's conditions (SQLite reads them in the list's statement). */
async function officesIn(payload: Payload, country: string): Promise<number[]> {
  const found = await payload.find({
    collection: 'offices',
    where: { country: { equals: country } },
    select: { country: true },
    pagination: false,
    depth: 0,
  })
  return found.docs.map((office) => office.id)
}

/** The list's conditions, for Payload (MongoDB; SQLite reads the list through releaseListOnSqlite.ts). */
export async function newsWhere(payload: Payload, { year, country, office, programme, theme }: NewsFilters) {
  const and: Where[] = []
  if (year)
    and.push(
      { publishedDate: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
      { publishedDate: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
    )
  if (country) {
    const ids = await officesIn(payload, country)
    // No office there: a condition nothing meets (every document has an id).
    and.push(
      ids.length ? { or: [{ offices: { in: ids } }, { 'dateline.office': { in: ids } }] } : { id: { exists: false } },
    )
  }
  if (office) and.push({ or: [{ offices: { contains: office } }, { 'dateline.office': { equals: office } }] })
  if (programme) and.push({ programmes: { contains: programme } })
  if (theme) and.push({ themes: { contains: theme } })
  return and.length ? ({ and } satisfies Where) : undefined
}

type ReleaseSelect = TypedCollectionSelect['press-releases'] & SelectType

/**
 * A page of the published releases at `filters`, newest first, each in the visitor's locale or its
 * source one: the ids and total through SQL on SQLite, through Payload's queries elsewhere.
 */
export async function releasesPage<S extends ReleaseSelect>(
  payload: Payload,
  locale: LocaleCode,
  filters: NewsFilters,
  select: S,
  limit: number,
) {
  const page = filters.page ?? 1
  const options = { collection: 'press-releases', locale, select } as const
  const onSqlite = await releaseIdsPage(payload, filters, page, limit)
  if (!onSqlite)
    return findLocalizedPage(payload, {
      ...options,
      where: await newsWhere(payload, filters),
      sort: '-publishedDate',
      limit,
      page,
    })
  const { ids, totalDocs } = onSqlite
  const items = await readInOrder(payload, options, ids)
  return { items, totalDocs, totalPages: Math.max(1, Math.ceil(totalDocs / limit)), page }
}

/**
 * The newest releases about an office or a programme, for its page (which links to the rest): not
 * counted, since the page shows no total (a programme on every release: 176 ms to count at
 * N = 100,000).
 */
export async function latestReleasesOf(
  payload: Payload,
  locale: LocaleCode,
  about: Pick<NewsFilters, 'office' | 'programme'>,
  limit: number,
) {
  const options = { collection: 'press-releases', locale, select: linkSelect } as const
  const onSqlite = await newestReleaseIds(payload, about, limit)
  if (onSqlite) return readInOrder(payload, options, onSqlite)
  const where = await newsWhere(payload, about)
  return (await findLocalized(payload, { ...options, where, sort: '-publishedDate', limit })).items
}

/**
 * A page of published press releases, newest first, each in the visitor's locale or its source
 * locale, with its picture's thumbnail when it has one (one more read for the whole page).
 */
export const listNews = cached(
  async (locale: LocaleCode, filters: NewsFilters = {}) => {
    const payload = await payloadClient()
    const found = await releasesPage(payload, locale, filters, cardSelect, NEWS_PAGE_SIZE)
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
