/**
 * Expiring the site's cache after an editor's change, shared by every collection's revalidate hook.
 */
import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, GlobalAfterChangeHook, GlobalSlug, PayloadRequest } from 'payload'

import { localeCodes } from '../i18n/locales'
import { cannotRevalidateHere } from './cache'
import { insideNextServer, requestExpiry } from './siteCache'
import { globalTag, tagsForChange, type TaggedCollection } from './tags'

/**
 * Expires `tags` at once (the next request reads fresh data, no stale-while-revalidate). Where Next
 * refuses (scheduled publishing from Payload's jobs, Payload issue 16392, runs outside a request or
 * inside a render's context) but inside the Next server, it asks the server's site-cache route to
 * do it; in the seed script and tests there is no cache to expire, so it does nothing rather than
 * fail the save.
 */
export function expireTags(tags: readonly string[], req?: PayloadRequest): void {
  const deferred: string[] = []
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!cannotRevalidateHere(error)) throw error
      deferred.push(tag)
    }
  }
  if (deferred.length === 0 || !insideNextServer()) return
  requestExpiry(deferred).catch((error: unknown) => req?.payload.logger.error({ err: error, msg: 'The site cache was not expired; pages may show the previous version.' }))
}

type Status = { _status?: 'draft' | 'published' | null } | null | undefined

/** Is a change visible to visitors? Saving a draft of a never-published document (autosave every 2 s) is not. */
function touchesPublished(doc: Status, previous: Status): boolean {
  const published = (d: Status) => d?._status === undefined || d?._status === null || d._status === 'published'
  return published(doc) || (previous !== undefined && previous !== null && previous._status === 'published')
}

/** Every slug the document has in any locale: `doc` and `previousDoc` carry only the request's locale. */
async function slugsOf(req: PayloadRequest, collection: TaggedCollection, id: number | string, known: unknown[]): Promise<string[]> {
  const slugs = new Set(known.filter((s): s is string => typeof s === 'string' && s !== ''))
  if (collection === 'media') return [...slugs]
  const all = await req.payload.findByID({ collection, id, locale: 'all', select: { slug: true }, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  const bySlugLocale = (all as { slug?: Record<string, string | null> } | null)?.slug
  for (const locale of localeCodes) {
    const slug = bySlugLocale?.[locale]
    if (slug) slugs.add(slug)
  }
  return [...slugs]
}

const SLUGS_BEFORE_DELETE = 'revalidate:slugsBeforeDelete'

/**
 * The hooks that expire a collection's tags: after a visible change, and around a delete (the slugs
 * are read before, while the document still exists in every locale).
 */
export function revalidationHooks(collection: TaggedCollection): {
  afterChange: CollectionAfterChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate || !touchesPublished(doc as Status, previousDoc as Status)) return doc
    const slugs = await slugsOf(req, collection, doc.id, [doc.slug, previousDoc?.slug])
    expireTags(tagsForChange(collection, slugs), req)
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
    context[SLUGS_BEFORE_DELETE] = await slugsOf(req, collection, id, [])
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req, context }) => {
    const before = context[SLUGS_BEFORE_DELETE]
    expireTags(tagsForChange(collection, [doc.slug, ...(Array.isArray(before) ? before : [])]), req)
    return doc
  }
  return { afterChange: [afterChange], beforeDelete: [beforeDelete], afterDelete: [afterDelete] }
}

export function revalidateGlobal(slug: GlobalSlug): GlobalAfterChangeHook {
  return ({ doc, req }) => {
    expireTags([globalTag(slug)], req)
    return doc
  }
}
