/**
 * SQLite: what each published release is filed under for the news list's filters — its offices
 * (named or datelined), their countries, its programmes and themes — one row per release and filter
 * value, in the list's order. A list filtered by one of them (and a year) is then a range of this
 * table's primary key: counted and paged without reading the releases.
 *
 * Read through the releases instead, the count walked every published release and checked it
 * against the filter's set, which is read whole first: at N = 100,000, 128 ms for a programme named
 * on every release, 79 ms for a theme, 45 ms for a country (explain.ts, one run).
 *
 * Kept in step by hooks in the write's own transaction (keepsReleaseKeys): a release's rows are
 * rewritten after each change and removed with it; an office's country change or deletion, and a
 * programme's deletion, rewrite the rows of the releases filed under them. Built from the releases
 * when missing (prepareReleaseKeys, at start) and by `rebuildReleaseKeys` (the benchmark's generator
 * writes rows past the hooks). `libsql_` like the search index's tables: drizzle's schema push and
 * migrations leave it alone (lib/search/sqlite/store.ts).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import { isSqlite, sqlRunner, type SqlRunner } from '../search/sqlite/connection'
import type { Condition } from './newestOnSqlite'

export const RELEASE_KEYS = 'libsql_release_keys'

/** The filters filed here (the news list's, less the year, which the list's own index serves). */
export type KeyedFilter = 'office' | 'country' | 'programme' | 'theme'

export const keyOf = (filter: KeyedFilter, value: string | number): string => `${filter}:${value}`

const CREATE = [
  // `published_date` as '' when missing: it then sorts where SQLite sorts a NULL (before any date).
  `CREATE TABLE IF NOT EXISTS ${RELEASE_KEYS} (
    key TEXT NOT NULL,
    published_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (key, published_date, created_at, id)
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS ${RELEASE_KEYS}_id ON ${RELEASE_KEYS} (id)`,
]

/** The rows of the published releases at `releases` (a condition on `p`), as (key, published_date, created_at, id). */
function rowsOf(releases: Condition): Condition {
  const from = (key: string, join: string, where = '1') =>
    `SELECT ${key} AS key, coalesce(p.published_date, '') AS published_date, p.created_at AS created_at, p.id AS id
     FROM press_releases p ${join} WHERE p._status = 'published' AND (${releases.text}) AND ${where}`
  const parts = [
    from(`'office:' || r.offices_id`, `JOIN press_releases_rels r ON r.parent_id = p.id AND r.path = 'offices'`),
    from(`'office:' || p.dateline_office_id`, '', 'p.dateline_office_id IS NOT NULL'),
    from(
      `'country:' || o.country`,
      `JOIN press_releases_rels r ON r.parent_id = p.id AND r.path = 'offices' JOIN offices o ON o.id = r.offices_id`,
    ),
    from(`'country:' || o.country`, `JOIN offices o ON o.id = p.dateline_office_id`),
    from(
      `'programme:' || r.health_programmes_id`,
      `JOIN press_releases_rels r ON r.parent_id = p.id AND r.path = 'programmes'`,
      'r.health_programmes_id IS NOT NULL',
    ),
    from(`'theme:' || t.value`, `JOIN press_releases_themes t ON t.parent_id = p.id`),
  ]
  return { text: parts.join('\nUNION\n'), args: parts.flatMap(() => releases.args) }
}

async function insertRows(sql: SqlRunner, releases: Condition): Promise<void> {
  const rows = rowsOf(releases)
  await sql.run(`INSERT OR IGNORE INTO ${RELEASE_KEYS} (key, published_date, created_at, id) ${rows.text}`, rows.args)
}

/** The rows of the releases `ids` written again from what is stored now. */
async function rewrite(sql: SqlRunner, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const list: Condition = { text: 'p.id IN (SELECT value FROM json_each(?))', args: [JSON.stringify(ids)] }
  await sql.run(`DELETE FROM ${RELEASE_KEYS} WHERE id IN (SELECT value FROM json_each(?))`, list.args)
  await insertRows(sql, list)
}

/** The releases filed under `key`. */
async function filedUnder(sql: SqlRunner, key: string): Promise<number[]> {
  const rows = await sql.all<{ id: number }>(`SELECT DISTINCT id FROM ${RELEASE_KEYS} WHERE key = ?`, [key])
  return rows.map((row) => Number(row.id))
}

/**
 * Every row written again from the releases, in one transaction of its own (readers see the old rows
 * until it commits). False on MongoDB, which has no such table.
 */
export async function rebuildReleaseKeys(payload: Payload): Promise<boolean> {
  if (!isSqlite(payload)) return false
  for (const statement of CREATE) await (await sqlRunner(payload)).run(statement)
  const transactionID = await payload.db.beginTransaction()
  const req = transactionID === null ? {} : { transactionID }
  try {
    const sql = await sqlRunner(payload, req)
    await sql.run(`DELETE FROM ${RELEASE_KEYS}`)
    await insertRows(sql, { text: '1', args: [] })
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    return true
  } catch (error) {
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/**
 * At start: the table made and filled when missing (a database from before it); not before the
 * releases' own table exists (a database whose migrations have not run yet).
 */
export async function prepareReleaseKeys(payload: Payload): Promise<void> {
  if (!isSqlite(payload)) return
  const sql = await sqlRunner(payload)
  const tables = await sql.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE name IN (?, ?)`, [
    RELEASE_KEYS,
    'press_releases',
  ])
  const names = tables.map((table) => table.name)
  if (names.includes(RELEASE_KEYS) || !names.includes('press_releases')) return
  const started = Date.now()
  await rebuildReleaseKeys(payload)
  payload.logger.info(
    `News list's filter keys: built from the releases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}

const sqlOf = async (req: PayloadRequest) => (isSqlite(req.payload) ? sqlRunner(req.payload, req) : undefined)

const releaseChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  const sql = await sqlOf(req)
  if (sql) await rewrite(sql, [Number(doc.id)])
  return doc
}

const releaseDeleted: CollectionAfterDeleteHook = async ({ id, req }) => {
  const sql = await sqlOf(req)
  if (sql) await sql.run(`DELETE FROM ${RELEASE_KEYS} WHERE id = ?`, [Number(id)])
}

/** An office's new country: its releases are filed under it instead (other edits change nothing here). */
const officeChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const sql = await sqlOf(req)
  if (sql && previousDoc?.country !== doc.country) await rewrite(sql, await filedUnder(sql, keyOf('office', doc.id)))
  return doc
}

/** Gone with the office or programme: the links to it (the database drops them) and the rows filed under it. */
function filedUnderDeleted(filter: 'office' | 'programme'): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    const sql = await sqlOf(req)
    if (sql) await rewrite(sql, await filedUnder(sql, keyOf(filter, Number(id))))
  }
}

const HOOKS: Partial<
  Record<string, { afterChange?: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook }>
> = {
  'press-releases': { afterChange: releaseChanged, afterDelete: releaseDeleted },
  offices: { afterChange: officeChanged, afterDelete: filedUnderDeleted('office') },
  'health-programmes': { afterDelete: filedUnderDeleted('programme') },
}

/** A collection's config with the release keys' hooks run after its own (for releases, offices and programmes). */
export function keepsReleaseKeys(collection: CollectionConfig): CollectionConfig {
  const added = HOOKS[collection.slug]
  if (!added) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), ...(added.afterChange ? [added.afterChange] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), added.afterDelete],
    },
  }
}

/**
 * The news list at one keyed filter (and a year): the range of its rows, as a condition on `k`, a
 * row of RELEASE_KEYS.
 */
export function keyedRange(filter: KeyedFilter, value: string | number, year?: number): Condition {
  const key: Condition = { text: 'k.key = ?', args: [keyOf(filter, value)] }
  if (year === undefined) return key
  return {
    text: `${key.text} AND k.published_date >= ? AND k.published_date < ?`,
    args: [...key.args, `${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`],
  }
}
