/**
 * Keeping the search index in step with the documents: hooks on the searched collections (every
 * write path goes through them: create, update, publish, unpublish, one language's publish, a
 * scheduled job's publish, a version restore, delete), a rebuild from every document, and the
 * index's preparation when Payload starts.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload'

import { isContentCollection, searchedCollections, type SearchedCollection } from '../../collections/registry'
import { readEntries, type DocId } from './entries'
import {
  searchIndexOf,
  type OnRebuildProgress,
  type RebuildOptions,
  type RebuildProgress,
  type RebuildResult,
} from './searchIndex'

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

export type { RebuildProgress }

/**
 * Every document's entries written again (SQLite: into fresh tables swapped in at the end; MongoDB:
 * a batch per transaction); visitors keep finding everything while it runs.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  onProgress: OnRebuildProgress = () => {},
  batchSize = 2000,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  return searchIndexOf(payload).rebuild(batchSize, onProgress, options)
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
