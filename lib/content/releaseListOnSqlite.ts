/**
 * SQLite: the news list's total and one page of its ids, each in one statement that reads through
 * indexes rather than Payload's queries, which at N = 100,000 releases cost (one run, this machine):
 *
 * - the total: `count(*) … WHERE _status = 'published'` steps through every entry of the status
 *   index, 7–11 ms. Counted here as every release less the unpublished ones: SQLite counts a whole
 *   table from its b-tree's pages without reading the entries (under 1 ms), and the unpublished are
 *   a range of the status index, as many entries as there are drafts;
 * - a page past the middle: its `OFFSET` steps through every entry before it (10–13 ms for the last
 *   page). Read from the other end here, so the last page costs what the first does;
 * - an office (or a country's offices) filter: Payload's `or` of "named among its offices" and
 *   "datelined there" is a LEFT JOIN no index serves, then an `IN` of every id found (214 ms for an
 *   office of 8,335 releases). Here, one office, country, programme or theme (with or without a
 *   year) is a range of the stored keys (releaseKeysOnSqlite.ts), counted and paged without reading
 *   a release; two of them together, each membership a set read through its own index (the
 *   relationship table's, the dateline's), which SQLite then looks the releases up in.
 *
 * Only what visitors may see (`_status = 'published'`, as Payload's read access says for them). The
 * order is Payload's: newest `publishedDate` first, then newest `createdAt`, then the highest id.
 * MongoDB: undefined, and the list goes through Payload (its indexes serve these queries).
 */
import type { Payload } from 'payload'

import { isSqlite, sqlRunner, type SqlRunner } from '../search/sqlite/connection'
import { allOf, type Condition } from './newestOnSqlite'
import { keyedRange, RELEASE_KEYS } from './releaseKeysOnSqlite'
import type { Theme } from '../reference/taxonomy'

export interface ReleaseListFilters {
  year?: number
  /** ISO 3166-1 code in capitals: releases about or datelined at any office in that country. */
  country?: string
  office?: number
  programme?: number
  theme?: Theme
}

export interface ReleaseIdsPage {
  /** The page's ids, in the list's order. */
  ids: number[]
  /** How many releases the list has at these filters. */
  totalDocs: number
}

/** The filters as conditions on `p`, a row of press_releases; each membership a set read through an index. */
function conditionsOf({ year, country, office, programme, theme }: ReleaseListFilters): Condition[] {
  const conditions: Condition[] = []
  if (year !== undefined)
    conditions.push({
      text: 'p.published_date >= ? AND p.published_date < ?',
      args: [`${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`],
    })
  if (country !== undefined)
    conditions.push({
      // `+path`: not through the path index (every office link, 200,000 at N = 100,000), but the
      // office index for each of the country's offices: 143 → 44 ms for a country of 25,001 releases.
      text: `p.id IN (SELECT parent_id FROM press_releases_rels
                      WHERE +path = 'offices' AND offices_id IN (SELECT id FROM offices WHERE country = ?)
                      UNION ALL SELECT id FROM press_releases
                      WHERE dateline_office_id IN (SELECT id FROM offices WHERE country = ?))`,
      args: [country, country],
    })
  if (office !== undefined)
    conditions.push({
      text: `p.id IN (SELECT parent_id FROM press_releases_rels WHERE path = 'offices' AND offices_id = ?
                      UNION ALL SELECT id FROM press_releases WHERE dateline_office_id = ?)`,
      args: [office, office],
    })
  if (programme !== undefined)
    conditions.push({
      text: `p.id IN (SELECT parent_id FROM press_releases_rels WHERE path = 'programmes' AND health_programmes_id = ?)`,
      args: [programme],
    })
  if (theme !== undefined)
    conditions.push({ text: 'p.id IN (SELECT parent_id FROM press_releases_themes WHERE value = ?)', args: [theme] })
  return conditions
}

/** The published releases that pass every condition. */
function whereOf(conditions: readonly Condition[]): Condition {
  return allOf([{ text: "p._status = 'published'", args: [] }, ...conditions])
}

/**
 * Where a list's rows are read: the releases themselves (`p`, every condition on them), or for one
 * keyed filter (and a year) the range of its rows in RELEASE_KEYS (`k`, lib/content/releaseKeysOnSqlite.ts).
 */
interface ListSource {
  table: 'press_releases' | typeof RELEASE_KEYS
  alias: 'p' | 'k'
  where: Condition
}

/** The list's source at `filters`: the keys' range when one keyed filter (with or without a year) is set. */
function sourceOf(filters: ReleaseListFilters): ListSource {
  const keyed = (['office', 'country', 'programme', 'theme'] as const).filter((f) => filters[f] !== undefined)
  const [only] = keyed
  if (keyed.length === 1 && only) {
    return { table: RELEASE_KEYS, alias: 'k', where: keyedRange(only, filters[only] as string | number, filters.year) }
  }
  return { table: 'press_releases', alias: 'p', where: whereOf(conditionsOf(filters)) }
}

/** The list's total: unfiltered, every release less the unpublished (see above); else a count of its source. */
async function totalOf(sql: SqlRunner, source: ListSource, filtered: boolean): Promise<number> {
  const { table, alias, where } = source
  const [row] = filtered
    ? await sql.all<{ total: number }>(
        `SELECT count(*) AS total FROM ${table} ${alias} WHERE ${where.text}`,
        where.args,
      )
    : await sql.all<{ total: number }>(
        `SELECT (SELECT count(*) FROM press_releases)
              - (SELECT count(*) FROM press_releases
                 WHERE _status < 'published' OR _status > 'published' OR _status IS NULL) AS total`,
      )
  return Number(row?.total ?? 0)
}

/** `limit` ids of `source` in the list's order (newest first) or its reverse, after skipping `skip`. */
async function idsAt(
  sql: SqlRunner,
  { table, alias: a, where }: ListSource,
  direction: 'ASC' | 'DESC',
  limit: number,
  skip: number,
): Promise<number[]> {
  const rows = await sql.all<{ id: number }>(
    `SELECT ${a}.id AS id FROM ${table} ${a} WHERE ${where.text}
     ORDER BY ${a}.published_date ${direction}, ${a}.created_at ${direction}, ${a}.id ${direction}
     LIMIT ? OFFSET ?`,
    [...where.args, limit, skip],
  )
  return rows.map((row) => Number(row.id))
}

const isFiltered = (filters: ReleaseListFilters) =>
  (['year', 'office', 'country', 'programme', 'theme'] as const).some((f) => filters[f] !== undefined)

/**
 * The ids of page `page` (from 1) of `limit` releases, and the total; a page past the last has no
 * ids. Undefined when the database is not SQLite.
 */
export async function releaseIdsPage(
  payload: Payload,
  filters: ReleaseListFilters,
  page: number,
  limit: number,
): Promise<ReleaseIdsPage | undefined> {
  if (!isSqlite(payload)) return undefined
  const sql = await sqlRunner(payload)
  const source = sourceOf(filters)
  const totalDocs = await totalOf(sql, source, isFiltered(filters))
  const offset = (page - 1) * limit
  if (offset >= totalDocs) return { ids: [], totalDocs }
  // Past the middle, the page is read from the oldest end: its offset from there is the shorter walk.
  const fromEnd = offset + limit / 2 > totalDocs / 2
  const count = Math.min(limit, totalDocs - offset)
  const skip = fromEnd ? totalDocs - offset - count : offset
  const ids = await idsAt(sql, source, fromEnd ? 'ASC' : 'DESC', count, skip)
  return { ids: fromEnd ? ids.reverse() : ids, totalDocs }
}

/**
 * The ids of the newest `limit` releases at `filters`, without their total (an office's or a
 * programme's page lists a few and links to the list): for one keyed filter the first rows of its
 * range. Undefined when the database is not SQLite.
 */
export async function newestReleaseIds(
  payload: Payload,
  filters: ReleaseListFilters,
  limit: number,
): Promise<number[] | undefined> {
  if (!isSqlite(payload)) return undefined
  return idsAt(await sqlRunner(payload), sourceOf(filters), 'DESC', limit, 0)
}
