/**
 * A rebuild of the SQLite index beside the live one: every document's entries written into fresh
 * tables (NEXT), which then replace the live tables in one transaction. Until that moment visitors
 * search the old index, and a rebuild that fails leaves it as it was (its unfinished tables are
 * dropped).
 *
 * Why beside rather than in place: the live FTS table would first have to delete each document's
 * entries (contentless_delete writes a tombstone per entry, merged later), and its incremental
 * merging reworks the segments after every batch. Fresh tables take appends only, with merging
 * paused, then one full merge (`optimize`).
 *
 * It writes through a connection of its own (the libsql client opens a new connection for each of
 * Payload's transactions, so settings made on Payload's would not last): a large page cache, and
 * each batch in a transaction begun IMMEDIATE, retried while another writer holds the lock, so
 * editors' saves keep their turn between batches. Documents saved or deleted while it runs are
 * caught up in the swap's transaction.
 */
import { createClient, type Client } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { searchedCollections } from '../../../collections/registry'
import { retriedWhileBusy } from '../../database/sqliteWrites'
import { localeCodes } from '../../i18n/locales'
import { entriesOf } from '../entries'
import type { OnRebuildProgress, RebuildOptions } from '../searchIndex'
import { BUSY_TIMEOUT_MS, clientRunner } from './clientRunner'
import type { SqlRunner } from './connection'
import { changedSince, deletedDocuments, documentCount, sqliteDocuments } from './documents'
import { rowsInThread, rowsInWorker } from './rowSource'
import {
  createDocIndex,
  createStatements,
  ENTRIES,
  ftsOptimize,
  ftsSettings,
  HASH_SIZE,
  LIVE,
  markTermsComplete,
  NEXT,
  replaceDocuments,
  tableNames,
  takeSequence,
  writeRows,
} from './store'

/** 256 MB (negative: KiB): FTS5's segment writes and merge otherwise read and write the same pages again. */
const CACHE_KIB = -262_144
/** New terms held in memory before FTS5 writes a segment, while rebuilding (a batch's terms fit). */
const BUILD_HASH_SIZE = 128 * 1024 * 1024
/** FTS5's own default, for the live table. */
const AUTOMERGE = 4
/** A document saved this long before the rebuild began may still have been committed after it read it. */
const SAVE_MARGIN_MS = 60_000
/** Documents read and written at a time, inside a batch's transaction. */
const READ_CHUNK = 250
/** Sequence numbers reserved beyond the documents counted at the start. */
const SEQUENCE_ROOM = 100_000
/** How long a batch waits for another writer (an editor's save) to finish. */
const BUSY_RETRY_MS = 30_000

/** BEGIN IMMEDIATE when no other writer holds the lock (waiting asynchronously, not in the driver). */
const begin = (client: Client) => retriedWhileBusy(() => client.execute('BEGIN IMMEDIATE'), BUSY_RETRY_MS)

/** `work` in a write transaction of its own. */
async function inTransaction<T>(client: Client, work: () => Promise<T>): Promise<T> {
  await begin(client)
  try {
    const result = await work()
    await client.execute('COMMIT')
    return result
  } catch (error) {
    await client.execute('ROLLBACK').catch(() => {})
    throw error
  }
}

/** The name for NEXT's index by document: the one the live table's index does not have (names outlive renames). */
async function freeDocIndexName(db: SqlRunner): Promise<string> {
  const names = await db.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`, [
    ENTRIES,
  ])
  const first = `${ENTRIES}_doc`
  return names.some((n) => n.name === first) ? `${ENTRIES}_doc_b` : first
}

const dropNext = tableNames(NEXT).map((table) => `DROP TABLE IF EXISTS ${table}`)

export async function rebuildSqliteIndex(
  payload: Payload,
  onProgress: OnRebuildProgress,
  batchSize: number,
  options: RebuildOptions = {},
): Promise<{ documents: number; entries: number }> {
  const url = String((payload.db as unknown as SQLiteAdapter).clientConfig.url)
  const client = createClient({ url })
  const db = clientRunner(client)
  try {
    await db.run(`PRAGMA cache_size = ${CACHE_KIB}`)
    // Its commits wait for a reader's moment (the worker's, a server's) instead of failing.
    await db.run(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    const since = new Date(Date.now() - SAVE_MARGIN_MS).toISOString()
    // The keys' sequence numbers, reserved at once (a worker numbers the entries): one entry per
    // language of each document stored now, and room for those added while the rebuild runs.
    const reserved = (await documentCount(db)) * localeCodes.length + SEQUENCE_ROOM
    const firstSequence = await inTransaction(client, async () => {
      for (const statement of [...dropNext, ...createStatements(NEXT)]) await db.run(statement)
      // The index by document from the start: entries arrive in document order, so it grows by
      // appends, where building it at the end read the whole entries table (bodies included) again.
      await db.run(createDocIndex(NEXT, await freeDocIndexName(db)))
      for (const statement of ftsSettings(NEXT, { automerge: 0, hashsize: BUILD_HASH_SIZE })) await db.run(statement)
      return takeSequence(db, reserved)
    })
    try {
      let documents = 0
      let entries = 0
      // Documents are read and written a few hundred at a time (their text then dies young, which
      // the garbage collector frees cheaply: 88 instead of 148 µs an entry) and committed
      // `batchSize` at a time (each commit writes FTS5's pending terms as a segment).
      const source = (options.inWorker ? rowsInWorker : rowsInThread)(
        sqliteDocuments(db, Math.min(READ_CHUNK, batchSize)),
        firstSequence,
      )
      let inBatch = 0
      const known = new Set<string>()
      for await (const chunk of source) {
        if (inBatch === 0) await begin(client)
        try {
          await writeRows(db, chunk.rows, NEXT, known)
        } catch (error) {
          await client.execute('ROLLBACK').catch(() => {})
          throw error
        }
        inBatch += chunk.documents
        documents += chunk.documents
        entries += chunk.rows.count
        if (inBatch >= batchSize || chunk.done === chunk.total) {
          await client.execute('COMMIT')
          inBatch = 0
          await onProgress({ collection: chunk.collection, done: chunk.done, total: chunk.total, entries })
        }
      }
      if (inBatch > 0) await client.execute('COMMIT')
      // Documents added while it ran may have taken more numbers than reserved: the counter moves past them.
      if (entries > reserved) await inTransaction(client, () => takeSequence(db, entries - reserved))
      // One segment per table: what queries read fastest. Each in a transaction of its own, so writers
      // get a turn between them and before the swap.
      for (const statement of ftsOptimize(NEXT)) await inTransaction(client, () => db.run(statement))
      await inTransaction(client, async () => {
        for (const collection of searchedCollections) {
          const changed = await changedSince(db, collection, since)
          const gone = await deletedDocuments(db, collection, NEXT.entries)
          await replaceDocuments(
            db,
            collection,
            [...changed.map((doc) => doc.id), ...gone],
            changed.flatMap((doc) => entriesOf(collection, doc)),
            NEXT,
          )
        }
        for (const statement of ftsSettings(NEXT, { automerge: AUTOMERGE, hashsize: HASH_SIZE }))
          await db.run(statement)
        const live = tableNames(LIVE)
        for (const [i, next] of tableNames(NEXT).entries()) {
          await db.run(`DROP TABLE IF EXISTS ${live[i]}`)
          await db.run(`ALTER TABLE ${next} RENAME TO ${live[i]}`)
        }
        // Every word of the new index was written to its list as it was built.
        await markTermsComplete(db)
      })
      return { documents, entries }
    } catch (error) {
      await client.execute('ROLLBACK').catch(() => {})
      await inTransaction(client, async () => {
        for (const statement of dropNext) await db.run(statement)
      }).catch(() => {})
      throw error
    }
  } finally {
    client.close()
  }
}
