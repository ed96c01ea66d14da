/**
 * Which countries have published press releases about or datelined at one of their offices: the
 * news list's country menu offers those only, as its year menu offers only years with releases.
 * Read after every release's publish, so each path reads through indexes, never every release.
 */
import type { Payload } from 'payload'

import { isSqlite, sqlRunner } from '../search/sqlite/connection'
import { idsOf } from './documents'

/**
 * SQLite: for each country, its offices (country index) until one has a published release (office
 * link index, dateline index). Under 1 ms at N = 100,000 once the pages are in memory. The `+`
 * keeps SQLite on those indexes: through the status index instead, the dateline probe stepped
 * through every published release (240 ms).
 */
async function onSqlite(payload: Payload, codes: readonly string[]): Promise<string[]> {
  const rows = await (
    await sqlRunner(payload)
  ).all<{ country: string }>(
    `SELECT c.value AS country FROM json_each(?) c WHERE EXISTS (
       SELECT 1 FROM offices o WHERE o.country = c.value AND (
         EXISTS (SELECT 1 FROM press_releases_rels r JOIN press_releases p ON p.id = r.parent_id
                 WHERE r.offices_id = o.id AND +r.path = 'offices' AND p._status = 'published')
         OR EXISTS (SELECT 1 FROM press_releases p
                    WHERE p.dateline_office_id = o.id AND +p._status = 'published')))`,
    [JSON.stringify(codes)],
  )
  return rows.map((row) => row.country)
}

/**
 * Through Payload (MongoDB, whose distinct reads an index): the offices that published releases
 * name or are datelined at, then those offices' countries.
 */
export async function countriesWithReleasesThroughPayload(
  payload: Payload,
  codes: readonly string[],
): Promise<string[]> {
  const distinct = (field: 'offices' | 'dateline.office') =>
    payload.findDistinct({ collection: 'press-releases', field, overrideAccess: false })
  const [named, datelined] = await Promise.all([distinct('offices'), distinct('dateline.office')])
  const ids = [...named.values, ...datelined.values].flatMap((row) => idsOf(Object.values(row).flat()))
  if (ids.length === 0) return []
  const found = await payload.findDistinct({
    collection: 'offices',
    field: 'country',
    where: { id: { in: [...new Set(ids)] } },
  })
  const countries = new Set(found.values.map((row) => row.country))
  return codes.filter((code) => countries.has(code as (typeof found.values)[number]['country']))
}

/** The countries among `codes` (in their order) that have published releases. */
export async function countriesWithReleases(payload: Payload, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return []
  if (isSqlite(payload)) {
    const found = new Set(await onSqlite(payload, codes))
    return codes.filter((code) => found.has(code))
  }
  return countriesWithReleasesThroughPayload(payload, codes)
}
