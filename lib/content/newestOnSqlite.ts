/**
 * SQLite: the newest few documents of a list that pass a filter (a programme's latest events), read
 * without walking the whole list or the filter's whole set. (The news list's filters have their
 * stored keys instead, lib/content/releaseKeysOnSqlite.ts.)
 *
 * Two reads. First the list's newest `NEWEST_PROBED` published documents, in the list's order, each
 * checked by `probe` through its own rows: a filter most documents pass (a programme named on every
 * release at N = 100,000) is answered after a few steps, where reading its set (an `IN` of 100,000
 * release ids) took 90 ms. Fewer found there means the filter's documents are rare among the newest,
 * and `set` is read instead (at N = 100,000 releases: 10 ms and the set's size).
 */
import type { SqlArg, SqlRunner } from '../search/sqlite/connection'

export interface Condition {
  text: string
  args: SqlArg[]
}

/**
 * A filter on `p`, written twice: `set` reads its documents as a set through an index (for a list's
 * page, counted and walked once); `probe` checks one document through its own rows.
 */
export interface Filter {
  set: Condition
  probe: Condition
}

/** Every condition (true when there are none). */
export function allOf(conditions: readonly Condition[]): Condition {
  if (conditions.length === 0) return { text: '1', args: [] }
  return { text: conditions.map((c) => `(${c.text})`).join(' AND '), args: conditions.flatMap((c) => c.args) }
}

/** A list on SQLite: its table, read as `p`, and its order (newest first) ending with `p.id`. */
export interface NewestList {
  table: 'press_releases' | 'events'
  /** The columns ordering the list, newest first; the list's index serves the order with `_status` first. */
  order: readonly string[]
}

/** How many of a list's newest documents are checked one by one before its filter's whole set is read. */
export const NEWEST_PROBED = 2000

const orderOf = (list: NewestList) => [...list.order, 'id'].map((column) => `p.${column} DESC`).join(', ')

/** The newest `limit` published documents of `list` at `where` (every condition on `p`), by one walk of the list's index. */
export async function newestAt(sql: SqlRunner, list: NewestList, where: Condition, limit: number): Promise<number[]> {
  const rows = await sql.all<{ id: number }>(
    `SELECT p.id AS id FROM ${list.table} p WHERE p._status = 'published' AND (${where.text})
     ORDER BY ${orderOf(list)} LIMIT ?`,
    [...where.args, limit],
  )
  return rows.map((row) => Number(row.id))
}

/**
 * The newest `limit` of the `probed` newest published documents of `list` that pass `probe`: the
 * list's index walked from its newest end, each document checked as it comes, until `limit` pass or
 * the `probed`-th newest is passed (its place read first, from the index alone).
 */
export async function newestAmongRecent(
  sql: SqlRunner,
  list: NewestList,
  probe: Condition,
  limit: number,
  probed: number,
): Promise<number[]> {
  const columns = [...list.order, 'id']
  const [edge] = await sql.all<Record<string, SqlArg>>(
    `SELECT ${columns.map((c) => `p.${c} AS ${c}`).join(', ')} FROM ${list.table} p
     WHERE p._status = 'published' ORDER BY ${orderOf(list)} LIMIT 1 OFFSET ?`,
    [Math.max(0, probed - 1)],
  )
  const edgeValues = edge ? columns.map((c) => edge[c] ?? null) : []
  // A document without a date sorts past every dated one: no place to stop at, so nothing found here.
  if (probed === 0 || edgeValues.includes(null)) return []
  // Fewer documents than `probed`: every one is checked.
  const bound = edge
    ? [
        {
          text: `(${columns.map((c) => `p.${c}`).join(', ')}) >= (${columns.map(() => '?').join(', ')})`,
          args: edgeValues,
        },
      ]
    : []
  return newestAt(sql, list, allOf([...bound, probe]), limit)
}

/** The newest `limit` published documents of `list` that pass the filter, written as `probe` and as `set` (see above). */
export async function newestPassing(
  sql: SqlRunner,
  list: NewestList,
  filter: Filter,
  limit: number,
): Promise<number[]> {
  const recent = await newestAmongRecent(sql, list, filter.probe, limit, NEWEST_PROBED)
  return recent.length === limit ? recent : newestAt(sql, list, filter.set, limit)
}

/** `p`'s link of `path` to `column` = ?, looked up through `p`'s own links (`+`: not through the column's index). */
export function linkProbe(table: NewestList['table'], path: string, column: string): string {
  return `EXISTS (SELECT 1 FROM ${table}_rels r WHERE r.parent_id = p.id AND +r.path = '${path}' AND +r.${column} = ?)`
}
