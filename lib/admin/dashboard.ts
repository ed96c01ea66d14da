/**
 * What the editor's dashboard shows, in cheap reads: counts (one `count` per collection and state),
 * the pending schedule (one query), the ten newest versions (ten per collection, merged), and what
 * each language lacks (the stored translation status, one query per collection, as the
 * Translations screen reads it). Read as the person looking (their access applies), and not through
 * the admin's request: Payload's Local API sets its locale and context on a request it is given,
 * which parallel reads would then share.
 */
import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { contentCollectionSlugs, type ContentCollection } from '../../collections/registry'
import { titlesOf, translationRows } from '../../translation/overview'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import { idOf, userNamesOf } from './userNames'

export const RECENT_CHANGES = 10

export interface CollectionCounts {
  collection: ContentCollection
  drafts: number
  scheduled: number
  published: number
}

export interface RecentChange {
  collection: ContentCollection
  id: string
  title: string
  at: string
  status: 'draft' | 'published'
  /** The name of who saved; undefined for a job without a user (seed, import). */
  by?: string
}

export interface LanguageGaps {
  locale: LocaleCode
  missing: number
  outdated: number
}

export interface DashboardData {
  counts: CollectionCounts[]
  recent: RecentChange[]
  gaps: LanguageGaps[]
  /** Server time spent reading all of this, in milliseconds. */
  ms: number
}

/** Who is looking: their access applies to every read. */
interface Viewer {
  payload: Payload
  user: TypedUser
}

const versioned = (payload: Payload): ContentCollection[] =>
  contentCollectionSlugs.filter((slug) => Boolean(payload.collections[slug].config.versions?.drafts))

/** Pending scheduled publications per collection (Payload's schedulePublish jobs). */
async function scheduledByCollection(payload: Payload): Promise<Map<string, number>> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    select: { input: true },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const job of jobs.docs) {
    const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string } }
    const slug = input.doc?.relationTo
    if (slug && input.type !== 'unpublish') counts.set(slug, (counts.get(slug) ?? 0) + 1)
  }
  return counts
}

async function collectionCounts(
  { payload, user }: Viewer,
  collections: ContentCollection[],
): Promise<CollectionCounts[]> {
  const scheduled = await scheduledByCollection(payload)
  const count = (collection: ContentCollection, status: 'draft' | 'published') =>
    payload
      .count({
        collection: collection as CollectionSlug,
        where: { _status: { equals: status } },
        overrideAccess: false,
        user,
      })
      .then((result) => result.totalDocs)
  return Promise.all(
    collections.map(async (collection) => {
      const [drafts, published] = await Promise.all([count(collection, 'draft'), count(collection, 'published')])
      return { collection, drafts, scheduled: scheduled.get(collection) ?? 0, published }
    }),
  )
}

interface VersionRow {
  parent: number | string | { id: number | string }
  updatedAt: string
  version?: { _status?: 'draft' | 'published' | null; updatedBy?: number | string | { id: number | string } | null }
}

async function recentChanges({ payload, user }: Viewer, collections: ContentCollection[]): Promise<RecentChange[]> {
  const perCollection = await Promise.all(
    collections.map(async (collection) => {
      const versions = await payload.findVersions({
        collection: collection as CollectionSlug,
        where: { snapshot: { not_equals: true } },
        sort: '-updatedAt',
        limit: RECENT_CHANGES,
        depth: 0,
        select: { parent: true, updatedAt: true, version: { _status: true, updatedBy: true } },
        overrideAccess: false,
        user,
      })
      return (versions.docs as unknown as VersionRow[]).map((row) => ({ collection, row }))
    }),
  )
  const newest = perCollection
    .flat()
    .sort((a, b) => b.row.updatedAt.localeCompare(a.row.updatedAt))
    .slice(0, RECENT_CHANGES)
  const titles = new Map<string, string>()
  for (const collection of new Set(newest.map((n) => n.collection))) {
    const ids = newest.filter((n) => n.collection === collection).map((n) => idOf(n.row.parent))
    for (const [id, title] of await titlesOf(payload, collection, ids)) titles.set(`${collection}:${id}`, title)
  }
  const names = await userNamesOf(
    payload,
    newest.map((n) => n.row.version?.updatedBy),
  )
  return newest.map(({ collection, row }) => {
    const id = idOf(row.parent)
    const author = idOf(row.version?.updatedBy)
    return {
      collection,
      id,
      title: titles.get(`${collection}:${id}`) ?? `#${id}`,
      at: row.updatedAt,
      status: row.version?._status === 'published' ? 'published' : 'draft',
      by: author ? (names.get(author) ?? `#${author}`) : undefined,
    }
  })
}

async function languageGaps(payload: Payload): Promise<LanguageGaps[]> {
  // Every member of staff reads every document (access/index.ts), so no access to apply.
  const rows = await translationRows(payload, {})
  return localeCodes.map((locale) => {
    const states = rows.map((row) => row.locales.find((l) => l.locale === locale)?.state)
    return {
      locale,
      missing: states.filter((s) => s === 'missing').length,
      outdated: states.filter((s) => s === 'outdated').length,
    }
  })
}

export async function dashboardData(viewer: Viewer): Promise<DashboardData> {
  const started = performance.now()
  const collections = versioned(viewer.payload)
  const [counts, recent, gaps] = await Promise.all([
    collectionCounts(viewer, collections),
    recentChanges(viewer, collections),
    languageGaps(viewer.payload),
  ])
  return { counts, recent, gaps, ms: Math.round(performance.now() - started) }
}
