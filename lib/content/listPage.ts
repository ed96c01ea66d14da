/**
 * A page of a long list (news, events) read in two steps, so a page deep in the archive costs about
 * what the first does: the page's ids from the sort's index alone (the sort columns and the id, no
 * row and no localized text read for the rows skipped), then those ten documents through the
 * fallback rule (findLocalized). One count gives the total, as Payload's own find would.
 *
 * Payload's find reads the skipped rows whole: at N = 100,000 press releases, page 10,000 of the
 * news list took 110 ms in its one query (a correlated read of each row's locales for every row
 * skipped); the id read through the (_status, publishedDate, createdAt) index takes a few ms.
 */
import type { CollectionSlug, Payload, SelectType, TransformCollectionWithSelect, TypedCollectionSelect } from 'payload'

import { findLocalized, type ListOptions, type LocalizedCollection, type LocalizedPage } from './localized'

type SelectOf<C extends LocalizedCollection> = TypedCollectionSelect[C]

/** The sort as Payload's SQL adapter applies it: `createdAt` (newest first) breaks ties unless named. */
function sortFields(sort: string): Record<string, true> {
  const fields = sort.split(',').map((s) => s.trim().replace(/^-/, ''))
  return Object.fromEntries([...fields, 'createdAt'].map((f) => [f, true]))
}

/** Page `page` of the list, as findLocalized would return it (an empty list has one page, as Payload says). */
export async function findLocalizedPage<C extends LocalizedCollection, S extends SelectOf<C> & SelectType>(
  payload: Payload,
  options: ListOptions<C, S> & { sort: string; limit: number; page: number },
): Promise<LocalizedPage<TransformCollectionWithSelect<C, S>>> {
  const { collection, where, sort, limit, page } = options
  const { totalDocs } = await payload.count({ collection: collection as CollectionSlug, where, overrideAccess: false })
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  if (totalDocs === 0 || page > totalPages) return { items: [], totalDocs, totalPages, page }
  const ids = await payload.find({
    collection: collection as CollectionSlug,
    select: sortFields(sort) as SelectType,
    where,
    sort,
    limit,
    page,
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  const items = await readInOrder(
    payload,
    options,
    ids.docs.map((doc) => doc.id),
  )
  return { items, totalDocs, totalPages, page }
}

/**
 * The documents of `order` (a page's ids) through the fallback rule, in that order. Read by id,
 * then put back in the page's order: sorted as the list is, SQLite walks the sort's index from its
 * start to find these ten (52 ms for page 10,000) instead of reading them by key.
 */
export async function readInOrder<C extends LocalizedCollection, S extends SelectOf<C> & SelectType>(
  payload: Payload,
  options: ListOptions<C, S>,
  order: readonly (number | string)[],
): Promise<LocalizedPage<TransformCollectionWithSelect<C, S>>['items']> {
  if (order.length === 0) return []
  const found = await findLocalized(payload, {
    ...options,
    where: { id: { in: [...order] } },
    sort: 'id',
    limit: order.length,
    page: 1,
  })
  const position = new Map(order.map((id, i) => [id, i]))
  return [...found.items].sort((a, b) => (position.get(a.doc.id) ?? 0) - (position.get(b.doc.id) ?? 0))
}
