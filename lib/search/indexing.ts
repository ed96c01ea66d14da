/**
 * Keeping the search index in step with the documents: hooks on the searched collections (every
 * write path goes through them: create, update, publish, unpublish, one language's publish, a
 * scheduled job's publish, a version restore, delete), a rebuild from every document, and the
 * index's preparation when Payload starts.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload'

import { isContentCollection, searchedCollections, type SearchedCollection } from '../../collections/registry'
import { readEntries, type DocId } from './entries'
import { searchIndexOf } from './searchIndex'

const isSearched = (slug: string): slug is SearchedCollection =>
  isContentCollection(slug) && (searchedCollections as readonly string[]).includes(slug)

/**
 * The document's entries rewritten from what is stored after the change, in the same transaction:
 * read back in every locale as published, so a draft save leaves them as they were, a publish of
 * one language changes that language, and an unpublish removes them.
 */
function reindexAfterChange(collection: SearchedCollection): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const entries = await readEntries(req.payload, collection, doc.id as DocId, req)
    await searchIndexOf(req.payload).replace(collection, [doc.id as DocId], entries, req)
    return doc
  }
}

function removeAfterDelete(collection: SearchedCollection): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    await searchIndexOf(req.payload).replace(collection, [id as DocId], [], req)
  }
}

/** A searched collection's config with the index's hooks run after its own. */
export function keepsSearchIndex(collection: CollectionConfig): CollectionConfig {
  if (!isSearched(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), reindexAfterChange(collection.slug)],
      afterDelete: [...(hooks.afterDelete ?? []), removeAfterDelete(collection.slug)],
    },
  }
}

export interface RebuildProgress {
  collection: SearchedCollection
  done: number
  total: number
  entries: number
}

/**
 * Every document's entries written again, a batch per transaction (visitors keep finding everything
 * while it runs), then the entries of documents that no longer exist removed.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  onProgress: (progress: RebuildProgress) => void = () => {},
  batchSize = 2000,
): Promise<{ documents: number; entries: number }> {
  const index = searchIndexOf(payload)
  const seen = new Map<SearchedCollection, Set<string>>()
  let documents = 0
  let written = 0
  for await (const batch of index.documents(batchSize)) {
    const transactionID = await payload.db.beginTransaction()
    try {
      await index.replace(batch.collection, batch.docIds, batch.entries, { transactionID: transactionID ?? undefined })
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    const ids = seen.get(batch.collection) ?? new Set<string>()
    for (const id of batch.docIds) ids.add(String(id))
    seen.set(batch.collection, ids)
    documents += batch.docIds.length
    written += batch.entries.length
    onProgress({ collection: batch.collection, done: batch.done, total: batch.total, entries: written })
  }
  for (const collection of searchedCollections) {
    const gone = (await index.indexed(collection)).filter((id) => !seen.get(collection)?.has(String(id)))
    if (gone.length > 0) await index.replace(collection, gone, [])
  }
  return { documents, entries: written }
}

/** Set by `npm run search:reindex`, which builds the index itself right after the start. */
export const initialBuild = { skip: false }

/**
 * Payload's `onInit`: the index's tables (or collection and text index) made when missing, and
 * filled from the documents when they were (a database from before the index, or after a change of
 * its shape); a new empty database has nothing to fill.
 */
export async function prepareSearchIndex(payload: Payload): Promise<void> {
  const created = await searchIndexOf(payload).prepare()
  if (!created || initialBuild.skip) return
  const counts = await Promise.all(
    searchedCollections.map((collection) => payload.count({ collection, overrideAccess: true })),
  )
  if (counts.every((c) => c.totalDocs === 0)) return
  payload.logger.info('Search index: building from the documents (once; `npm run search:reindex` does it on demand)')
  const started = Date.now()
  const result = await rebuildSearchIndex(payload)
  payload.logger.info(
    `Search index: ${result.entries} entries for ${result.documents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}
