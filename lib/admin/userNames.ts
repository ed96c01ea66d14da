import type { Payload } from 'payload'

type Ref = number | string | { id: number | string } | null | undefined

/** The id of a relationship value, populated or not; '' for none. */
export const idOf = (value: Ref): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? String(value.id) : String(value)

/**
 * The names of users, by id, for the admin's history and dashboard. Staff may read only their own
 * account (access/index.ts), yet must see who else saved or scheduled a document: names only, read
 * past access, in one query.
 */
export async function userNamesOf(payload: Payload, refs: readonly Ref[]): Promise<Map<string, string>> {
  const ids = [...new Set(refs.map(idOf).filter(Boolean))]
  if (ids.length === 0) return new Map()
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(users.docs.map((user) => [String(user.id), user.name]))
}
