/**
 * The search index on SQLite: an FTS5 table of the folded title, summary and body of each entry
 * (document × language) and of its tags (tagsOf: where it is visible, its type, year, language,
 * offices, programmes) and a table of the entries themselves (original text for display, date).
 *
 * An entry's key (the FTS rowid) is its date in hours followed by a sequence number (keyOf), so
 * FTS5's own rowid order is newest first: a query for a very common word reads its newest matches
 * and stops (lib/search/sqlite/query.ts), instead of ranking every match.
 *
 * Every name starts with `libsql_`: drizzle-kit leaves such tables out of what it compares with
 * the config (its SQLite introspection skips `libsql_%`, `sqlite_%`, `_cf_%`), so neither
 * `npm run dev`'s schema push nor `payload migrate:create` ever proposes to drop them or their
 * FTS5 shadow tables (tests/int/searchIndex.test.ts checks both). They are created by the server
 * or job that first opens the database (prepareSqliteIndex), not by a migration, for the same
 * reason: in development the schema is pushed and migrations do not run.
 */
import { foldText } from '../fold'
import type { DocId, SearchEntry } from '../entries'
import type { SqlRunner } from './connection'
import { tagsOf } from './tags'

export const FTS = 'libsql_search'
export const ENTRIES = 'libsql_search_entries'
const META = 'libsql_search_meta'
/** The index of version 1 had one; dropped with it. */
const OLD_FACETS = 'libsql_search_facets'

/** Raised when the tables' shape changes: the index is then rebuilt from the documents. */
const INDEX_VERSION = '5'

const CREATE = [
  // Text is folded before it is indexed (lib/search/fold), so the tokenizer needs no diacritics rules
  // of its own; prefix indexes of 2 and 3 letters keep a prefix query from scanning the vocabulary.
  // Contentless: the index keeps no copy of the folded text (results are shown from the entries
  // table, highlighted by lib/search/snippet), which a rebuild would otherwise write a second time;
  // contentless_delete lets a document's entries be deleted by rowid.
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(title, summary, body, tags, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`,
  `CREATE TABLE IF NOT EXISTS ${ENTRIES} (
    -- keyOf(date, sequence): also the entry's rowid in ${FTS}.
    key INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    slug TEXT NOT NULL,
    date TEXT,
    time_zone TEXT NOT NULL,
    -- tagsOf: also indexed in ${FTS}, read here to count facets.
    tags TEXT NOT NULL,
    -- The long text last: SQLite reads a row's columns in order, so reading the tags of a thousand
    -- matches for the facets does not walk each body's overflow pages on the way (README, Search).
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES}_doc ON ${ENTRIES} (collection, doc_id)`,
  `CREATE TABLE IF NOT EXISTS ${META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  // 8 MB of new terms held in memory before FTS5 writes them as a segment (default 1 MB): fewer,
  // larger segments to merge during a rebuild (5,454 entries: 1.0 s instead of 1.1–1.7 s).
  `INSERT INTO ${FTS} (${FTS}, rank) VALUES ('hashsize', 8388608)`,
]

/** Tables of an older shape are dropped and made again (then filled by a rebuild). */
const DROP = [FTS, ENTRIES, OLD_FACETS, META].map((table) => `DROP TABLE IF EXISTS ${table}`)

/**
 * Creates the tables when missing or of an older version. True when they were (re)created: the
 * index is then empty and must be filled from the documents.
 */
export async function ensureTables(db: SqlRunner): Promise<boolean> {
  const meta = await db.all<{ n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE name = ?`, [META])
  if (meta[0]?.n) {
    const version = await db.all<{ value: string }>(`SELECT value FROM ${META} WHERE key = 'version'`)
    if (version[0]?.value === INDEX_VERSION) return false
  }
  for (const statement of DROP) await db.run(statement)
  for (const statement of CREATE) await db.run(statement)
  await db.run(`INSERT INTO ${META} (key, value) VALUES ('version', ?), ('sequence', '0')`, [INDEX_VERSION])
  return true
}

/** C0 control characters other than tab and line breaks: never shown, and the highlight markers are two of them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
export const clean = (text: string): string => text.replace(CONTROL, '')

const yearOf = (date: string | null): number | null => (date ? new Date(date).getUTCFullYear() : null)

/** Hours from 1900 (2^21 of them reach 2139): dates before are counted as 1900, dateless entries as oldest. */
const EPOCH = Date.UTC(1900, 0, 1)
const HOUR = 3_600_000
const SEQUENCE_BITS = 2 ** 32

/**
 * An entry's key: its hour, then a sequence number that is never given twice. Ordering keys orders
 * entries newest first among equals (and their FTS rowids, which are the keys); below 2^53, so
 * JavaScript reads them exactly.
 */
export function keyOf(date: string | null, sequence: number): number {
  const time = date ? Date.parse(date) : NaN
  const hours = Number.isFinite(time) ? Math.min(2 ** 21 - 1, Math.max(0, Math.floor((time - EPOCH) / HOUR))) : 0
  return hours * SEQUENCE_BITS + (sequence % SEQUENCE_BITS)
}

/**
 * `count` new sequence numbers, from the index's counter, inside the caller's transaction: the
 * write first, so the transaction holds SQLite's write lock before it reads what it took. Two
 * statements rather than one UPDATE … RETURNING, which took about 100 ms a batch through drizzle.
 */
async function takeSequence(db: SqlRunner, count: number): Promise<number> {
  await db.run(`UPDATE ${META} SET value = CAST(value AS INTEGER) + ? WHERE key = 'sequence'`, [count])
  const [row] = await db.all<{ value: string | number }>(`SELECT value FROM ${META} WHERE key = 'sequence'`)
  if (!row) throw new Error('search index: its sequence counter is missing (rebuild it: npm run search:reindex)')
  return Number(row.value) - count
}

const ofDocuments = `SELECT key FROM ${ENTRIES} WHERE collection = ? AND doc_id IN (SELECT value FROM json_each(?))`

/** Removes every entry of these documents. */
export async function removeDocuments(db: SqlRunner, collection: string, docIds: readonly DocId[]): Promise<void> {
  if (docIds.length === 0) return
  const ids = JSON.stringify(docIds)
  await db.run(`DELETE FROM ${FTS} WHERE rowid IN (${ofDocuments})`, [collection, ids])
  await db.run(`DELETE FROM ${ENTRIES} WHERE key IN (${ofDocuments})`, [collection, ids])
}

/** Adds entries, two statements for the whole batch (rows passed as one JSON array each). */
export async function addEntries(db: SqlRunner, entries: readonly SearchEntry[]): Promise<void> {
  if (entries.length === 0) return
  const first = await takeSequence(db, entries.length)
  const rows = entries.map((e, i) => [
    keyOf(e.date, first + i),
    e.collection,
    e.docId,
    e.lang,
    clean(e.title),
    clean(e.summary),
    clean(e.body),
    e.slug,
    e.date,
    e.timeZone,
    tagsOf(e, yearOf(e.date)),
  ])
  await db.run(
    `INSERT INTO ${ENTRIES} (key, collection, doc_id, lang, title, summary, body, slug, date, time_zone, tags)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
            value ->> 8, value ->> 9, value ->> 10
     FROM json_each(?)`,
    [JSON.stringify(rows)],
  )
  await db.run(
    `INSERT INTO ${FTS} (rowid, title, summary, body, tags)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?)`,
    [
      JSON.stringify(
        rows.map((row) => [
          row[0],
          foldText(row[4] as string),
          foldText(row[5] as string),
          foldText(row[6] as string),
          row[10],
        ]),
      ),
    ],
  )
}

/**
 * Settings for a rebuild, undone by the function returned: a larger page cache for this connection
 * (SQLite's default 2 MB makes FTS5's segment merges read and write the same pages again), and FTS5's
 * incremental merging paused while the batches are written, then one full merge at the end
 * ('optimize': one segment, which queries also read fastest) instead of merging segments again
 * after every batch.
 */
export async function beginBulkWrite(db: SqlRunner): Promise<() => Promise<void>> {
  const [before] = await db.all<{ cache_size: number }>('PRAGMA cache_size')
  await db.run(`PRAGMA cache_size = ${BULK_CACHE_KIB}`)
  await db.run(`INSERT INTO ${FTS} (${FTS}, rank) VALUES ('automerge', 0)`)
  return async () => {
    try {
      await db.run(`INSERT INTO ${FTS} (${FTS}) VALUES ('optimize')`)
    } finally {
      await db.run(`INSERT INTO ${FTS} (${FTS}, rank) VALUES ('automerge', ${DEFAULT_AUTOMERGE})`)
      await db.run(`PRAGMA cache_size = ${Number(before?.cache_size ?? -2000)}`)
    }
  }
}
/** 256 MB (negative: KiB), for the rebuild's connection only. */
const BULK_CACHE_KIB = -262_144
/** FTS5's own default. */
const DEFAULT_AUTOMERGE = 4

/** The documents' entries replaced by `entries` (none: the documents leave the index). */
export async function replaceDocuments(
  db: SqlRunner,
  collection: string,
  docIds: readonly DocId[],
  entries: readonly SearchEntry[],
): Promise<void> {
  await removeDocuments(db, collection, docIds)
  await addEntries(db, entries)
}

/** The documents the index holds, per collection (for a rebuild to remove those that no longer exist). */
export async function indexedDocuments(db: SqlRunner, collection: string): Promise<DocId[]> {
  const rows = await db.all<{ doc_id: number }>(`SELECT DISTINCT doc_id FROM ${ENTRIES} WHERE collection = ?`, [
    collection,
  ])
  return rows.map((r) => r.doc_id)
}
