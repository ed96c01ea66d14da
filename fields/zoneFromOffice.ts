import type { FieldHook } from 'payload'

/** The value at a dotted path of a document's data (`dateline.office`). */
function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data)
}

/**
 * A time zone field's beforeValidate hook: a new document sent without a zone (REST, Local API,
 * import) takes the zone of the office at `officePath`, not the headquarters' default: the zone the
 * admin would have shown it following (components/admin/ZoneField).
 */
export function zoneFromOffice(officePath: string): FieldHook {
  return async ({ operation, data, siblingData, field, value, req }) => {
    const name = 'name' in field ? field.name : undefined
    if (operation !== 'create' || !name || siblingData?.[name] !== undefined) return value
    const office = at(data, officePath)
    const id = typeof office === 'object' && office !== null ? (office as { id?: unknown }).id : office
    if (typeof id !== 'number' && typeof id !== 'string') return value
    const found = await req.payload.findByID({
      collection: 'offices',
      id,
      depth: 0,
      select: { timeZone: true },
      disableErrors: true,
      req,
    })
    return found?.timeZone ?? value
  }
}
