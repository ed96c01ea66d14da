/**
 * The one interface of the search index, whichever database runs: SQLite (FTS5 tables beside
 * Payload's, lib/search/sqlite) or MongoDB (a collection with a text index, lib/search/mongo).
 * Nothing else in the site knows which.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { SearchedCollection } from '../../collections/registry'
import type { DocId, SearchEntry } from './entries'
import { mongoSearchIndex } from './mongo/mongoIndex'
import { isSqlite, sqlRunner } from './sqlite/connection'
import { querySqliteIndex } from './sqlite/query'
import { rebuildSqliteIndex } from './sqlite/rebuild'
import { ensureTables, ensureTerms, replaceDocuments } from './sqlite/store'
import type { QueryTerm } from './queryTerms'
import type { SearchFilters, SearchResults } from './types'
import type { LocaleCode } from '../i18n/locales'

/** The transaction to write in (a hook's request, or one begun for a batch). */
export type InTransaction = Pick<Partial<PayloadRequest>, 'transactionID'>

export interface IndexQuery {
  locale: LocaleCode
  query: string
  terms: readonly QueryTerm[]
  filters: SearchFilters
  page: number
}

/** A batch of a rebuild: documents read and their entries. */
export interface EntryBatch {
  collection: SearchedCollection
  docIds: DocId[]
  entries: SearchEntry[]
  /** Documents of the collection read so far, of `total`. */
  done: number
  total: number
}

export interface SearchIndex {
  /** Creates what the index needs; true when it was missing (or of an older shape) and is empty. */
  prepare(): Promise<boolean>
  /** The documents' entries replaced, inside `req`'s transaction when there is one. */
  replace(
    collection: string,
    docIds: readonly DocId[],
    entries: readonly SearchEntry[],
    req?: InTransaction,
  ): Promise<void>
  query(request: IndexQuery): Promise<SearchResults>
  /** Every document's entries written again, `batchSize` documents at a time; searches keep working meanwhile. */
  rebuild(batchSize: number, onProgress: OnRebuildProgress, options?: RebuildOptions): Promise<RebuildResult>
}

export interface RebuildProgress {
  collection: SearchedCollection
  done: number
  total: number
  entries: number
}

/** Told after each batch of a rebuild; a rebuild waits for it, and stops (the old index intact) if it throws. */
export type OnRebuildProgress = (progress: RebuildProgress) => void | Promise<void>

export interface RebuildOptions {
  /**
   * SQLite: documents read and their text folded in a worker thread while this one writes. Only
   * where Node runs TypeScript (command-line jobs through scripts/run.mjs), not in the built server.
   */
  inWorker?: boolean
}

export interface RebuildResult {
  documents: number
  entries: number
}

function sqliteSearchIndex(payload: Payload): SearchIndex {
  return {
    prepare: async () => {
      const db = await sqlRunner(payload)
      if (await ensureTables(db)) return true
      const started = Date.now()
      if (await ensureTerms(db))
        payload.logger.info(
          `Search index: its words listed for prefix search (once) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
      return false
    },
    replace: async (collection, docIds, entries, req) =>
      replaceDocuments(await sqlRunner(payload, req), collection, docIds, entries),
    query: async (request) => querySqliteIndex(await sqlRunner(payload), request),
    rebuild: (batchSize, onProgress, options) => rebuildSqliteIndex(payload, onProgress, batchSize, options),
  }
}

export function searchIndexOf(payload: Payload): SearchIndex {
  return isSqlite(payload) ? sqliteSearchIndex(payload) : mongoSearchIndex(payload)
}
