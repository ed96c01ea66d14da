/**
 * The search index on SQLite: an FTS5 table per visitors' language, of the folded title, summary and
 * body of each entry (document × language) visible in it and of its tags (filingTags: its type, year,
 * language, offices, programmes), and a table of the entries themselves (original text for display,
 * date, every tag).
 *
 * A table per visitors' language rather than one with the languages as tags: a query then reads its
 * words' entries alone. In one table, FTS5 walked the visibility tag's entries (on a quarter of the
 * index) alongside a rare word's to keep the visible ones: 8–12 ms of a rare word's 30 at N = 100,000
 * here, and bm25 scored the word's matches in every language (another 5–8 ms). A document's source
 * text shown in languages it is not translated into is written to each of their tables (620,072
 * rows for 542,548 entries at N = 100,000).
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
import { localeCodes, type LocaleCode } from '../../i18n/locales'
import { foldText, WORD_SEPARATORS } from '../fold'
import type { DocId, SearchEntry } from '../entries'
import { MAX_TOKEN_LENGTH } from '../queryTerms'
import type { SqlArg, SqlRunner } from './connection'
import { filingTags, tag, tagsOf, visibleIn } from './tags'

/** The FTS tables' names start with it (one per language); the index of version 5 had one table of this name. */
const FTS = 'libsql_search'
export const ENTRIES = 'libsql_search_entries'
export const META = 'libsql_search_meta'
/**
 * Every word of the indexed text, once: how a query's last word, which may be the start of a longer
 * one, is turned into the words it begins (lib/search/sqlite/query.ts). FTS5 reads a prefix by
 * merging the whole list of entries of every word it begins before it can return one: 12–26 ms for
 * `santé*` or `résil*` at N = 100,000, against 2–4 ms for the same words as an OR, which it reads
 * newest first and stops. Saves add words and never remove one (a word whose texts are gone then
 * matches nothing); a rebuild writes a fresh list with its tables, so it holds the index's words only.
 */
export const TERMS = 'libsql_search_terms'
/** META's key saying TERMS holds every word of the index; until then prefixes are left to FTS5. */
export const TERMS_COMPLETE = 'terms_complete'
/** Tables of older versions, dropped with them: version 1's facets, version 5's one FTS table. */
const OLD_TABLES = ['libsql_search_facets', FTS, `${FTS}_next`]

/** Raised when the tables' shape changes: the index is then rebuilt from the documents. */
const INDEX_VERSION = '6'

/** The index's tables: the live ones, or those a rebuild fills before it swaps them in (rebuild.ts). */
export interface IndexTables {
  /** The FTS table of each visitors' language: the entries visible in it. */
  fts: Record<LocaleCode, string>
  entries: string
  /** Its words (TERMS). */
  terms: string
}
const ftsTables = (prefix: string) =>
  Object.fromEntries(localeCodes.map((l) => [l, `${prefix}_${l}`])) as Record<LocaleCode, string>
export const LIVE: IndexTables = { fts: ftsTables(FTS), entries: ENTRIES, terms: TERMS }
export const NEXT: IndexTables = { fts: ftsTables(`${FTS}_next`), entries: `${ENTRIES}_next`, terms: `${TERMS}_next` }
/** Every table of `tables`, its FTS tables each. */
export const tableNames = (tables: IndexTables): string[] => [
  ...Object.values(tables.fts),
  tables.entries,
  tables.terms,
]

const createTerms = (table: string) => `CREATE TABLE IF NOT EXISTS ${table} (term TEXT PRIMARY KEY) WITHOUT ROWID`

/** 8 MB of new terms held in memory before FTS5 writes them as a segment (FTS5's default: 1 MB). */
export const HASH_SIZE = 8_388_608

/** The statements that create `tables` (the entries' index by document is named apart: `createDocIndex`). */
export const createStatements = (tables: IndexTables): string[] => [
  // Text is folded before it is indexed (lib/search/fold), so the tokenizer needs no diacritics rules
  // of its own; a prefix index of 2 letters keeps the shortest prefix query (MIN_PREFIX_LENGTH) from
  // gathering the postings of most of the vocabulary; longer prefixes read the words they begin.
  // A prefix index of 3 letters too made a rebuild's FTS writes 40 % slower (README, Search).
  // Contentless: the index keeps no copy of the folded text (results are shown from the entries
  // table, highlighted by lib/search/snippet), which a rebuild would otherwise write a second time;
  // contentless_delete lets a document's entries be deleted by rowid.
  ...Object.values(tables.fts).map(
    (fts) =>
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(title, summary, body, tags, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2')`,
  ),
  `CREATE TABLE IF NOT EXISTS ${tables.entries} (
    -- keyOf(date, sequence): also the entry's rowid in the FTS tables.
    key INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    slug TEXT NOT NULL,
    date TEXT,
    time_zone TEXT NOT NULL,
    -- tagsOf: where it is visible (the FTS tables it is in) and what it is filed under (also in
    -- the FTS tables' tags column), read here to count facets.
    tags TEXT NOT NULL,
    -- The long text last: SQLite reads a row's columns in order, so reading the tags of a thousand
    -- matches for the facets does not walk each body's overflow pages on the way (README, Search).
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL
  )`,
  // Fewer, larger segments to merge (5,454 entries: 1.0 s instead of 1.1–1.7 s).
  ...ftsSettings(tables, { hashsize: HASH_SIZE }),
  createTerms(tables.terms),
]

/** The statements that set FTS5's `settings` (automerge, hashsize) on each of `tables`' FTS tables. */
export const ftsSettings = (tables: IndexTables, settings: Record<string, number>): string[] =>
  Object.values(tables.fts).flatMap((fts) =>
    Object.entries(settings).map(([name, value]) => `INSERT INTO ${fts} (${fts}, rank) VALUES ('${name}', ${value})`),
  )

/** One full merge of each FTS table of `tables` into one segment: what queries read fastest. */
export const ftsOptimize = (tables: IndexTables): string[] =>
  Object.values(tables.fts).map((fts) => `INSERT INTO ${fts} (${fts}) VALUES ('optimize')`)

/** The entries' index by document (hooks replace a document's entries through it), named `name`. */
export const createDocIndex = (tables: IndexTables, name: string): string =>
  `CREATE INDEX IF NOT EXISTS ${name} ON ${tables.entries} (collection, doc_id)`

const CREATE = [
  ...createStatements(LIVE),
  createDocIndex(LIVE, `${ENTRIES}_doc`),
  `CREATE TABLE IF NOT EXISTS ${META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
]

/** Tables of an older shape are dropped and made again (then filled by a rebuild). */
const DROP = [...tableNames(LIVE), ...tableNames(NEXT), ...OLD_TABLES, META].map(
  (table) => `DROP TABLE IF EXISTS ${table}`,
)

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
  // Empty, and so is the index: every word written from now on joins it.
  await db.run(`INSERT INTO ${META} (key, value) VALUES ('version', ?), ('sequence', '0'), (?, '1')`, [
    INDEX_VERSION,
    TERMS_COMPLETE,
  ])
  return true
}

/** Whether TERMS holds every word of the index (see TERMS). */
export async function termsComplete(db: SqlRunner): Promise<boolean> {
  const rows = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${META} WHERE key = ?`, [TERMS_COMPLETE])
  return Boolean(rows[0]?.n)
}

/**
 * An index made before TERMS existed: its words listed once, from FTS5's own list of them
 * (fts5vocab: it reads every word's entries to count them, 6–40 s at N = 100,000; a rebuild lists
 * them as it writes instead). True when it had to.
 */
export async function ensureTerms(db: SqlRunner): Promise<boolean> {
  await db.run(createTerms(TERMS))
  if (await termsComplete(db)) return false
  for (const fts of Object.values(LIVE.fts)) {
    const vocabulary = `${fts}_vocab`
    await db.run(`CREATE VIRTUAL TABLE IF NOT EXISTS ${vocabulary} USING fts5vocab(${fts}, 'row')`)
    try {
      // Tags (`0` and a letter, lib/search/sqlite/tags) are not words of a text.
      await db.run(
        `INSERT OR IGNORE INTO ${TERMS} (term) SELECT term FROM ${vocabulary} WHERE term NOT GLOB '0[a-z]*' AND length(term) <= ?`,
        [MAX_TOKEN_LENGTH],
      )
    } finally {
      await db.run(`DROP TABLE IF EXISTS ${vocabulary}`)
    }
  }
  await markTermsComplete(db)
  return true
}

export async function markTermsComplete(db: SqlRunner): Promise<void> {
  await db.run(`INSERT OR REPLACE INTO ${META} (key, value) VALUES (?, '1')`, [TERMS_COMPLETE])
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
export async function takeSequence(db: SqlRunner, count: number): Promise<number> {
  await db.run(`UPDATE ${META} SET value = CAST(value AS INTEGER) + ? WHERE key = 'sequence'`, [count])
  const [row] = await db.all<{ value: string | number }>(`SELECT value FROM ${META} WHERE key = 'sequence'`)
  if (!row) throw new Error('search index: its sequence counter is missing (rebuild it: npm run search:reindex)')
  return Number(row.value) - count
}

const ofDocuments = (tables: IndexTables) =>
  `SELECT key FROM ${tables.entries} WHERE collection = ? AND doc_id IN (SELECT value FROM json_each(?))`

/** Removes every entry of these documents: from the FTS table of each language it is visible in, then the entries. */
export async function removeDocuments(
  db: SqlRunner,
  collection: string,
  docIds: readonly DocId[],
  tables: IndexTables = LIVE,
): Promise<void> {
  if (docIds.length === 0) return
  const ids = JSON.stringify(docIds)
  for (const locale of localeCodes)
    await db.run(
      `DELETE FROM ${tables.fts[locale]} WHERE rowid IN (${ofDocuments(tables)} AND instr(' ' || tags || ' ', ?) > 0)`,
      [collection, ids, ` ${tag('visible', locale)} `],
    )
  await db.run(`DELETE FROM ${tables.entries} WHERE key IN (${ofDocuments(tables)})`, [collection, ids])
}

/** A batch of entries as the two INSERTs of writeRows read them: one JSON array of rows each. */
export interface EntryRows {
  /** ENTRY_COLUMNS' values, row after row. */
  entries: SqlArg[]
  /** FTS_COLUMNS' values, row after row, for each language's FTS table. */
  fts: Record<LocaleCode, SqlArg[]>
  /** The words of the folded text, each once (for TERMS). */
  terms: string[]
  count: number
}

const ENTRY_COLUMNS = [
  'key',
  'collection',
  'doc_id',
  'lang',
  'title',
  'summary',
  'body',
  'slug',
  'date',
  'time_zone',
  'tags',
]
const FTS_COLUMNS = ['rowid', 'title', 'summary', 'body', 'tags']

/** A folded token that is one word as it is (no separator inside). */
const PLAIN_WORD = /^[a-z0-9]+$/

/**
 * The rows of `entries` (keys from `firstSequence` on), the text cleaned and, for the FTS table,
 * folded: all of a batch's work that is not SQLite's.
 */
export function entryRows(entries: readonly SearchEntry[], firstSequence: number): EntryRows {
  const fts = Object.fromEntries(localeCodes.map((l) => [l, []])) as unknown as Record<LocaleCode, SqlArg[]>
  const rows: EntryRows = { entries: [], fts, terms: [], count: entries.length }
  const terms = new Set<string>()
  const folded = (text: string) => {
    const result = foldText(text)
    // Folded text has single spaces: each distinct space-separated token is looked at once, and most
    // (plain ASCII letters and digits, once accents are folded away) are words as they are. A
    // rebuild reads every text of the archive: this took a third less than splitting it all by WORD_SEPARATORS.
    for (const token of new Set(result.split(' ')))
      if (PLAIN_WORD.test(token)) {
        if (token.length <= MAX_TOKEN_LENGTH) terms.add(token)
      } else
        for (const word of token.split(WORD_SEPARATORS)) if (word && word.length <= MAX_TOKEN_LENGTH) terms.add(word)
    return result
  }
  entries.forEach((e, i) => {
    const key = keyOf(e.date, firstSequence + i)
    const title = clean(e.title)
    const summary = clean(e.summary)
    const body = clean(e.body)
    const visible = visibleIn(e)
    const filing = filingTags(e, yearOf(e.date))
    rows.entries.push(
      key,
      e.collection,
      e.docId,
      e.lang,
      title,
      summary,
      body,
      e.slug,
      e.date,
      e.timeZone,
      tagsOf(visible, filing),
    )
    const row = [key, folded(title), folded(summary), folded(body), filing]
    for (const locale of visible) fts[locale].push(...row)
  })
  rows.terms = [...terms]
  return rows
}

/** Bound values per statement: well under SQLite's limit (32,766). */
const VALUES_PER_STATEMENT = 8000

/**
 * `values` inserted into `table`'s `columns`, as many rows per statement as fit: bound values
 * rather than one JSON array per batch, which cost a serialisation here and a parse in SQLite
 * (README, Search).
 */
async function insertRows(
  db: SqlRunner,
  table: string,
  columns: readonly string[],
  values: readonly SqlArg[],
  insert = 'INSERT',
) {
  const rowsPerStatement = Math.floor(VALUES_PER_STATEMENT / columns.length)
  const row = `(${columns.map(() => '?').join(', ')})`
  for (let start = 0; start < values.length; start += rowsPerStatement * columns.length) {
    const slice = values.slice(start, start + rowsPerStatement * columns.length)
    const rows = Array.from({ length: slice.length / columns.length }, () => row).join(', ')
    await db.run(`${insert} INTO ${table} (${columns.join(', ')}) VALUES ${rows}`, slice)
  }
}

/**
 * `values` (rows of `width` values, the key first) in the order of their keys. FTS5 writes what it
 * holds as a segment whenever it is given a rowid lower than the last (sqlite3Fts5IndexBeginWrite),
 * and the documents' order is not their dates': a batch in key order is one segment per table, and
 * the entries table's b-tree takes appends.
 */
function byKey(values: readonly SqlArg[], width: number): SqlArg[] {
  const rows = Array.from({ length: values.length / width }, (_, i) => values.slice(i * width, (i + 1) * width))
  return rows.sort((a, b) => Number(a[0]) - Number(b[0])).flat()
}

/**
 * Writes a batch's rows, in the order of their keys (byKey), and its words to the tables' list of
 * words. `known`: words already written by this rebuild, not sent again (most of a batch's words
 * are in the last one's).
 */
export async function writeRows(
  db: SqlRunner,
  rows: EntryRows,
  tables: IndexTables,
  known?: Set<string>,
): Promise<void> {
  await insertRows(db, tables.entries, ENTRY_COLUMNS, byKey(rows.entries, ENTRY_COLUMNS.length))
  for (const locale of localeCodes)
    await insertRows(db, tables.fts[locale], FTS_COLUMNS, byKey(rows.fts[locale], FTS_COLUMNS.length))
  const terms = known ? rows.terms.filter((term) => !known.has(term)) : rows.terms
  await insertRows(db, tables.terms, ['term'], terms, 'INSERT OR IGNORE')
  if (known) for (const term of terms) known.add(term)
}

/** Adds entries, keys from the index's sequence counter. */
export async function addEntries(
  db: SqlRunner,
  entries: readonly SearchEntry[],
  tables: IndexTables = LIVE,
): Promise<void> {
  if (entries.length === 0) return
  await writeRows(db, entryRows(entries, await takeSequence(db, entries.length)), tables)
}

/** The documents' entries replaced by `entries` (none: the documents leave the index). */
export async function replaceDocuments(
  db: SqlRunner,
  collection: string,
  docIds: readonly DocId[],
  entries: readonly SearchEntry[],
  tables: IndexTables = LIVE,
): Promise<void> {
  await removeDocuments(db, collection, docIds, tables)
  await addEntries(db, entries, tables)
}
