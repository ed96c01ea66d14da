import type { FieldHook } from 'payload'

import type { Event } from '../../../payload-types'

/**
 * A new event sent without a time zone (REST, Local API, import) takes its host office's zone, not
 * the headquarters' default: the zone the admin shows it would have followed too
 * (components/admin/EventZoneField).
 */
export const hostOfficeZone: FieldHook<Event> = async ({ operation, siblingData, value, req }) => {
  if (operation !== 'create' || (siblingData as Partial<Event>).timeZone !== undefined) return value
  const office = (siblingData as Partial<Event>).office
  const id = typeof office === 'object' && office !== null ? office.id : office
  if (id === undefined || id === null) return value
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
