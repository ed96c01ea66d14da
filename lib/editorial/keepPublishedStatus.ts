import type { CollectionBeforeOperationHook, CollectionConfig, CollectionSlug } from 'payload'

import { anyDocument } from './exists'

const hasDrafts = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/**
 * A save that does not say which status it wants keeps the document's: a published document stays
 * published. Payload takes the status from the newest version instead, which is a draft whenever one
 * language was published alone (a translator's save, "Publish in …"), so an API client's
 * `PATCH {"summary": …}`, or an empty PATCH, unpublished the document in every language.
 *
 * Such a save publishes as the editors' "Publish changes" does. Draft saves (`draft=true`, autosave)
 * and saves that name a status are left as they are; translators' saves already name theirs
 * (publishTranslatorsLocale), which runs before this.
 */
export const keepPublishedStatus: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || args.draft === true) return args
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined) return args
  const data = ('data' in args && args.data ? args.data : {}) as Record<string, unknown>
  if ('_status' in data) return args
  const published = await anyDocument(req, collection.slug as CollectionSlug, {
    and: [{ id: { equals: id } }, { _status: { equals: 'published' } }],
  })
  return published ? { ...args, data: { ...data, _status: 'published' } } : args
}

/** The collection with the hook last among its beforeOperation hooks (collections with drafts only). */
export function withPublishedStatusKept(collection: CollectionConfig): CollectionConfig {
  if (!hasDrafts(collection)) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepPublishedStatus],
    },
  }
}
