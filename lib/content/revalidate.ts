/**
 * Expiring the site's cache after an editor's change, shared by every collection's revalidate hook.
 */
import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalSlug,
  PayloadRequest,
} from 'payload'

import { localeCodes } from '../i18n/locales'
import { cannotRevalidateHere } from './cache'
import { insideNextServer, rememberExpiry, requestExpiry } from './siteCache'
import { globalTag, tagsForChange, type TaggedCollection } from './tags'

/**
 * Expires `tags` at once (the next request reads fresh data, no stale-while-revalidate). Where Next
 * refuses (scheduled publishing from Payload's jobs, Payload issue 16392, runs outside a request or
 * inside a render's context) but inside the Next server, it asks the server's site-cache route to
 * do it; in a command-line job (seed, import) the tags are remembered and sent to the running server
 * when the job ends (flushRememberedExpiry in scripts/lib/runScript.ts).
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
  if (deferred.length === 0) return
  if (!insideNextServer()) return rememberExpiry(deferred)
  requestExpiry(deferred).catch((error: unknown) =>
    req?.payload.logger.error({
      err: error,
      msg: 'The site cache was not expired; pages may show the previous version.',
    }),
  )
}

export type Status = { _status?: 'draft' | 'published' | null } | null | undefined

const isPublished = (doc: Status) => doc?._status === undefined || doc?._status === null || doc._status === 'published'

const draftOnlyKey = (collection: TaggedCollection, id: unknown) => `revalidate:draftOnly:${collection}:${String(id)}`

/**
 * Does a save change what visitors see? A new document when it is published; an update unless it
 * was a draft save (known from the operation's arguments); without that knowledge (a version
 * restore) when either side is published.
 */
export function isVisibleChange(change: {
  operation: 'create' | 'update'
  draftOnly: boolean | undefined
  doc: Status
  previousDoc: Status
}): boolean {
  if (change.operation === 'create') return isPublished(change.doc)
  if (change.draftOnly !== undefined) return !change.draftOnly
  return isPublished(change.doc) || isPublished(change.previousDoc)
}

/** Every slug the document has in any locale: `doc` and `previousDoc` carry only the request's locale. */
async function slugsOf(
  req: PayloadRequest,
  collection: TaggedCollection,
  id: number | string,
  known: unknown[],
): Promise<string[]> {
  const slugs = new Set(known.filter((s): s is string => typeof s === 'string' && s !== ''))
  if (collection === 'media') return [...slugs]
  const all = await req.payload.findByID({
    collection,
    id,
    locale: 'all',
    select: { slug: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const bySlugLocale = (all as { slug?: Record<string, string | null> } | null)?.slug
  for (const locale of localeCodes) {
    const slug = bySlugLocale?.[locale]
    if (slug) slugs.add(slug)
  }
  return [...slugs]
}

const SLUGS_BEFORE_DELETE = 'revalidate:slugsBeforeDelete'

/**
 * The hooks that expire a collection's tags: after a change visitors can see, and around a delete
 * (the slugs are read before, while the document still exists in every locale).
 *
 * Whether visitors can see a change is known before the operation runs: a draft save (autosave
 * every 2 s while an editor types) writes a version only, anything else writes the published
 * document (publish, unpublish, a published document's save, a scheduled job). The document's
 * status after the save cannot tell: publishing one language leaves a draft as the newest version,
 * so the next unpublish looks like draft to draft.
 */
export function revalidationHooks(collection: TaggedCollection): {
  beforeOperation: CollectionBeforeOperationHook[]
  afterChange: CollectionAfterChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const beforeOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
    if (operation === 'update' && 'id' in args && args.id !== undefined)
      req.context[draftOnlyKey(collection, args.id)] = args.draft === true
    return args
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
    if (context.disableRevalidate) return doc
    const recorded = context[draftOnlyKey(collection, doc.id)]
    if (
      !isVisibleChange({
        operation,
        draftOnly: typeof recorded === 'boolean' ? recorded : undefined,
        doc: doc as Status,
        previousDoc: previousDoc as Status,
      })
    )
      return doc
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
  return {
    beforeOperation: [beforeOperation],
    afterChange: [afterChange],
    beforeDelete: [beforeDelete],
    afterDelete: [afterDelete],
  }
}

export function revalidateGlobal(slug: GlobalSlug): GlobalAfterChangeHook {
  return ({ doc, req }) => {
    expireTags([globalTag(slug)], req)
    return doc
  }
}

/**
 * A content collection whose changes refresh the site: its revalidation hooks run after the
 * collection's own (and after the translation hooks, which decide what a save publishes).
 */
export function refreshesSite(collection: CollectionConfig): CollectionConfig {
  const own = revalidationHooks(collection.slug as TaggedCollection)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), ...own.beforeOperation],
      afterChange: [...(hooks.afterChange ?? []), ...own.afterChange],
      beforeDelete: [...(hooks.beforeDelete ?? []), ...own.beforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), ...own.afterDelete],
    },
  }
}
