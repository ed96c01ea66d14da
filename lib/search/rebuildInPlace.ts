/**
 * A rebuild in the live index (MongoDB's): each batch of documents' entries replaced in its own
 * transaction, so visitors keep finding everything while it runs, then the entries of documents
 * that no longer exist removed.
 */
import { searchedCollections, type SearchedCollection } from '../../collections/registry'
import type { DocId } from './entries'
import type { EntryBatch, OnRebuildProgress, RebuildResult, SearchIndex } from './searchIndex'

export interface InPlaceIndex {
  replace: SearchIndex['replace']
  /** Ids of the documents of `collection` the index holds. */
  indexed(collection: string): Promise<DocId[]>
  /** Every document's entries, a batch at a time. */
  documents: AsyncGenerator<EntryBatch>
  /** `work` in a transaction of the database's, passed to `replace`. */
  inTransaction(work: (transactionID: string | number | undefined) => Promise<void>): Promise<void>
}

export async function rebuildInPlace(index: InPlaceIndex, onProgress: OnRebuildProgress): Promise<RebuildResult> {
  const seen = new Map<SearchedCollection, Set<string>>()
  let documents = 0
  let written = 0
  for await (const batch of index.documents) {
    await index.inTransaction((transactionID) =>
      index.replace(batch.collection, batch.docIds, batch.entries, { transactionID }),
    )
    const ids = seen.get(batch.collection) ?? new Set<string>()
    for (const id of batch.docIds) ids.add(String(id))
    seen.set(batch.collection, ids)
    documents += batch.docIds.length
    written += batch.entries.length
    await onProgress({ collection: batch.collection, done: batch.done, total: batch.total, entries: written })
  }
  for (const collection of searchedCollections) {
    const gone = (await index.indexed(collection)).filter((id) => !seen.get(collection)?.has(String(id)))
    if (gone.length > 0) await index.replace(collection, gone, [])
  }
  return { documents, entries: written }
}
