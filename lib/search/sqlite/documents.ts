/**
 * Every searched document as the index needs it, read straight from Payload's SQLite tables a batch
 * at a time (the document rows, their locale rows, their relationship rows: three statements per
 * batch), for a rebuild. Payload's own find with `locale: 'all'` assembles each document through
 * drizzle's nested queries and made a rebuild about 800 entries/s; these rows become the same
 * document shape (entriesOf reads it), so what an entry holds is decided in one place.
 */
import { searchedCollections, titleFieldOf, type SearchedCollection } from '../../../collections/registry'
import { docBatches, type DocBatch, type StoredDoc } from '../entries'
import type { SqlArg, SqlRunner } from './connection'

interface Shape {
  table: string
  /** Columns of the document row, by the field they hold (dotted for a group's field). */
  columns: Record<string, string>
  /** Localised columns, by field. */
  localized: Record<string, string>
  /** hasMany relationship fields, by their path in the `_rels` table, with the column of the id. */
  relations: Record<string, string>
}

/** The localised fields entriesOf reads; their columns are named as the fields but for the search text. */
const text = (collection: SearchedCollection, summary: boolean) => ({
  [titleFieldOf(collection)]: titleFieldOf(collection),
  ...(summary ? { summary: 'summary' } : {}),
  slug: 'slug',
  searchText: 'search_text',
})

const shapes: Record<SearchedCollection, Shape> = {
  'press-releases': {
    table: 'press_releases',
    columns: { publishedDate: 'published_date', timeZone: 'time_zone', 'dateline.office': 'dateline_office_id' },
    localized: text('press-releases', true),
    relations: { offices: 'offices_id', programmes: 'health_programmes_id' },
  },
  events: {
    table: 'events',
    columns: { startsAt: 'starts_at', timeZone: 'time_zone', office: 'office_id' },
    localized: text('events', true),
    relations: { programmes: 'health_programmes_id' },
  },
  'health-programmes': {
    table: 'health_programmes',
    columns: { 'period.start': 'period_start' },
    localized: text('health-programmes', true),
    relations: { offices: 'offices_id' },
  },
  offices: {
    table: 'offices',
    columns: { timeZone: 'time_zone' },
    localized: text('offices', false),
    relations: {},
  },
}

type Row = Record<string, string | number | null>

/** `value` set at a dotted path of `doc` (`dateline.office`). */
function setPath(doc: Record<string, unknown>, path: string, value: unknown) {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) doc[head] = value
  else setPath((doc[head] ??= {}) as Record<string, unknown>, rest.join('.'), value)
}

const quote = (name: string) => `"${name}"`

/** The documents `condition` (SQL on the collection's table, with its `args`) selects, as entriesOf reads them. */
async function readDocs(
  db: SqlRunner,
  collection: SearchedCollection,
  condition: string,
  args: readonly SqlArg[],
): Promise<StoredDoc[]> {
  const shape = shapes[collection]
  const base = ['id', '_status', 'source_locale', ...Object.values(shape.columns)].map(quote).join(', ')
  const rows = await db.all<Row>(`SELECT ${base} FROM ${shape.table} WHERE ${condition}`, args)
  if (rows.length === 0) return []
  const ids = JSON.stringify(rows.map((r) => r.id))
  const docs = new Map<number, StoredDoc>()
  for (const row of rows) {
    const doc: StoredDoc = { id: Number(row.id), _status: row._status, sourceLocale: row.source_locale }
    for (const [field, column] of Object.entries(shape.columns)) setPath(doc, field, row[column])
    for (const field of Object.keys(shape.localized)) doc[field] = {}
    for (const field of Object.keys(shape.relations)) doc[field] = []
    docs.set(doc.id as number, doc)
  }
  const localized = Object.entries(shape.localized)
  const locales = await db.all<Row>(
    `SELECT _parent_id, _locale, ${localized.map(([, column]) => quote(column)).join(', ')}
     FROM ${shape.table}_locales WHERE _parent_id IN (SELECT value FROM json_each(?))`,
    [ids],
  )
  for (const row of locales) {
    const doc = docs.get(Number(row._parent_id))
    if (doc)
      for (const [field, column] of localized)
        (doc[field] as Record<string, unknown>)[String(row._locale)] = row[column]
  }
  const relations = Object.entries(shape.relations)
  if (relations.length > 0) {
    const rels = await db.all<Row>(
      `SELECT parent_id, path, ${relations.map(([, column]) => quote(column)).join(', ')}
       FROM ${shape.table}_rels WHERE parent_id IN (SELECT value FROM json_each(?)) ORDER BY parent_id, "order"`,
      [ids],
    )
    for (const row of rels) {
      const column = shape.relations[String(row.path)]
      const value = column ? row[column] : null
      if (value !== null && value !== undefined)
        (docs.get(Number(row.parent_id))?.[String(row.path)] as unknown[])?.push(value)
    }
  }
  return [...docs.values()]
}

/** The number of stored documents of every searched collection. */
export async function documentCount(db: SqlRunner): Promise<number> {
  const counts = await Promise.all(searchedCollections.map((collection) => countOf(db, collection)))
  return counts.reduce((sum, n) => sum + n, 0)
}

const countOf = async (db: SqlRunner, collection: SearchedCollection) =>
  (await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${shapes[collection].table}`))[0].n

/** Every searched document, `size` documents at a time, with the documents read so far of the collection's total. */
export function sqliteDocuments(db: SqlRunner, size: number): AsyncGenerator<DocBatch> {
  return docBatches(
    size,
    (collection) => countOf(db, collection),
    (collection, after, batch) => readDocs(db, collection, 'id > ? ORDER BY id LIMIT ?', [Number(after ?? 0), batch]),
  )
}

/** The documents saved since `since` (ISO, as Payload stores `updatedAt`: text that sorts as time). */
export async function changedSince(db: SqlRunner, collection: SearchedCollection, since: string): Promise<StoredDoc[]> {
  return readDocs(db, collection, 'updated_at >= ?', [since])
}

/** Ids in `entriesTable` of `collection`'s documents that are no longer stored. */
export async function deletedDocuments(
  db: SqlRunner,
  collection: SearchedCollection,
  entriesTable: string,
): Promise<number[]> {
  const rows = await db.all<{ doc_id: number }>(
    `SELECT DISTINCT doc_id FROM ${entriesTable} WHERE collection = ? AND doc_id NOT IN (SELECT id FROM ${shapes[collection].table})`,
    [collection],
  )
  return rows.map((r) => r.doc_id)
}
