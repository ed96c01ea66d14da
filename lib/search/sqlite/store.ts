/**
 * The search index on SQLite: an FTS5 table of the folded title, summary and body of each entry
 * (document × language), a table of the entries themselves (original text for display, date, the
 * facets with one value each) and a table of their many-valued facets (offices, programmes).
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

export const FTS = 'libsql_search'
export const ENTRIES = 'libsql_search_entries'
export const FACETS = 'libsql_search_facets'
const META = 'libsql_search_meta'

/** Raised when the tables' shape changes: the index is then rebuilt from the documents. */
const INDEX_VERSION = '1'

const CREATE = [
  // Text is folded before it is stored (lib/search/fold), so the tokenizer needs no diacritics rules
  // of its own; prefix indexes of 2 and 3 letters keep a prefix query from scanning the vocabulary.
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`,
  `CREATE TABLE IF NOT EXISTS ${ENTRIES} (
    -- AUTOINCREMENT: an id is never given twice, so no FTS row left behind can be taken for a new entry's.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    collection TEXT NOT NULL,
    doc_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    is_source INTEGER NOT NULL,
    langs TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    slug TEXT NOT NULL,
    date TEXT,
    year INTEGER,
    time_zone TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES}_doc ON ${ENTRIES} (collection, doc_id)`,
  `CREATE TABLE IF NOT EXISTS ${FACETS} (entry INTEGER NOT NULL, facet TEXT NOT NULL, value INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${FACETS}_entry ON ${FACETS} (entry)`,
  `CREATE INDEX IF NOT EXISTS ${FACETS}_value ON ${FACETS} (facet, value, entry)`,
  `CREATE TABLE IF NOT EXISTS ${META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
]

/** Tables of an older shape are dropped and made again (then filled by a rebuild). */
const DROP = [FTS, ENTRIES, FACETS, META].map((table) => `DROP TABLE IF EXISTS ${table}`)

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
  await db.run(`INSERT INTO ${META} (key, value) VALUES ('version', ?)`, [INDEX_VERSION])
  return true
}

/** C0 control characters other than tab and line breaks: never shown, and the highlight markers are two of them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
export const clean = (text: string): string => text.replace(CONTROL, '')

const yearOf = (date: string | null): number | null => (date ? new Date(date).getUTCFullYear() : null)

/** Removes every entry of these documents. */
export async function removeDocuments(db: SqlRunner, collection: string, docIds: readonly DocId[]): Promise<void> {
  if (docIds.length === 0) return
  const ids = JSON.stringify(docIds)
  const of = `SELECT id FROM ${ENTRIES} WHERE collection = ? AND doc_id IN (SELECT value FROM json_each(?))`
  await db.run(`DELETE FROM ${FTS} WHERE rowid IN (${of})`, [collection, ids])
  await db.run(`DELETE FROM ${FACETS} WHERE entry IN (${of})`, [collection, ids])
  await db.run(`DELETE FROM ${ENTRIES} WHERE collection = ? AND doc_id IN (SELECT value FROM json_each(?))`, [
    collection,
    ids,
  ])
}

/** Adds entries, a few statements for the whole batch (rows passed as one JSON array each). */
export async function addEntries(db: SqlRunner, entries: readonly SearchEntry[]): Promise<void> {
  if (entries.length === 0) return
  const rows = entries.map((e) => {
    const title = clean(e.title)
    const summary = clean(e.summary)
    const body = clean(e.body)
    return {
      collection: e.collection,
      docId: e.docId,
      lang: e.lang,
      isSource: e.isSource ? 1 : 0,
      langs: `,${e.langs.join(',')},`,
      title,
      summary,
      body,
      slug: e.slug,
      date: e.date,
      year: yearOf(e.date),
      timeZone: e.timeZone,
    }
  })
  const inserted = await db.all<{ id: number }>(
    `INSERT INTO ${ENTRIES} (collection, doc_id, lang, is_source, langs, title, summary, body, slug, date, year, time_zone)
     SELECT r ->> 'collection', r ->> 'docId', r ->> 'lang', r ->> 'isSource', r ->> 'langs', r ->> 'title', r ->> 'summary',
            r ->> 'body', r ->> 'slug', r ->> 'date', r ->> 'year', r ->> 'timeZone'
     FROM (SELECT value AS r FROM json_each(?) ORDER BY key)
     RETURNING id`,
    [JSON.stringify(rows)],
  )
  if (inserted.length !== rows.length)
    throw new Error(`search index: ${inserted.length} of ${rows.length} entries written`)
  // RETURNING gives the rows in insertion order, which is the array's order (ORDER BY key above).
  const ids = inserted.map((r) => r.id).sort((a, b) => a - b)
  await db.run(
    `INSERT INTO ${FTS} (rowid, title, summary, body)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)`,
    [JSON.stringify(rows.map((r, i) => [ids[i], foldText(r.title), foldText(r.summary), foldText(r.body)]))],
  )
  const facets = entries.flatMap((e, i) => [
    ...e.offices.map((v) => [ids[i], 'office', v]),
    ...e.programmes.map((v) => [ids[i], 'programme', v]),
  ])
  if (facets.length > 0)
    await db.run(
      `INSERT INTO ${FACETS} (entry, facet, value) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
      [JSON.stringify(facets)],
    )
}

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
