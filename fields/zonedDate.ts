import type { DateField, FieldHook, SelectField, SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'

import type { ZoneFieldProps } from '../components/admin/ZoneField'
import { zoneFromOffice } from './zoneFromOffice'
import { timeZoneField, timeZoneOptions } from './places'
import { label } from '../lib/i18n/admin'

type Labels = Record<'en' | 'fr' | 'es' | 'ar', string>

/** “time zone”, after a date's label: the companion field Payload adds beside each date. */
const zoneWord: Labels = label('fields.zoneOfADate')

/**
 * A date and time typed and shown in the admin in the time zone held by a sibling select (`zone.field`,
 * e.g. an event's `timeZone`, made by `zoneField`), whatever the editor's computer says.
 *
 * Built on Payload's own time-zone support (`timezone` on date fields): Payload adds a companion
 * `<name>_tz` select and its date picker shows and takes the time in the zone that companion holds.
 * Payload ties each date to its own companion, with its own picker; a place or an event has one zone,
 * so the pickers beside the dates are hidden (an empty `supportedTimezones` on the client) and each
 * companion is a copy of the zone: on every write (beforeChange, once the zone itself is settled by
 * its own beforeValidate hooks and default; also for API and Local API writes that do not send it),
 * and on read when it was never stored (documents saved before the companion existed, e.g. on
 * MongoDB, which has no migration). The admin keeps them in step as the editor types
 * (components/admin/ZoneField, through `zoneField` below).
 */
export function zonedDateField(
  field: Omit<DateField, 'type' | 'timezone'> & { label: Labels },
  zone: { field: string; defaultValue: string },
): DateField {
  const followZone: FieldHook = ({ siblingData, originalDoc, value }) =>
    (siblingData as Record<string, unknown> | undefined)?.[zone.field] ??
    (originalDoc as Record<string, unknown> | undefined)?.[zone.field] ??
    value
  const zoneWhenMissing: FieldHook = ({ siblingData, value }) =>
    value ?? (siblingData as Record<string, unknown> | undefined)?.[zone.field]
  return {
    ...field,
    type: 'date',
    timezone: {
      supportedTimezones: [],
      override: ({ baseField }) => ({
        ...baseField,
        options: timeZoneOptions,
        interfaceName: 'TimeZone',
        defaultValue: zone.defaultValue,
        // Filled by the hook, never by the writer: optional in payload-types.ts (Payload's date validation
        // still refuses a required date saved without its zone).
        required: false,
        label: Object.fromEntries(
          Object.entries(field.label).map(([code, text]) => [code, `${text} (${zoneWord[code as keyof Labels]})`]),
        ),
        admin: { hidden: true, disableListColumn: true, disableListFilter: true },
        hooks: { beforeChange: [followZone], afterRead: [zoneWhenMissing] },
      }),
    },
  }
}

const zoneRequired: SelectFieldSingleValidation = (value, args) =>
  value ? select(value, args) : 'Choose a time zone: the dates beside it are typed and shown in it.'

/**
 * The zone select the dates of `zonedDateField` follow: required, its default the headquarters'
 * zone, set from the office at `officePath` when a new document comes without one (server) and as
 * soon as the editor picks that office (admin, components/admin/ZoneField, which also keeps the
 * dates' companions in step and the typed times where they were).
 */
export function zoneField({
  dates,
  officePath,
  defaultValue,
  description,
  position,
  optionalForWriters = false,
}: ZoneFieldProps & {
  defaultValue: string
  description: Labels
  position?: 'sidebar'
  /**
   * Optional in payload-types.ts, so that code written before the zone existed (imports, scripts)
   * still compiles without sending it; the default and the office fill it, and an emptied zone is
   * still refused.
   */
  optionalForWriters?: boolean
}): SelectField {
  return timeZoneField({
    required: !optionalForWriters,
    validate: optionalForWriters ? zoneRequired : undefined,
    defaultValue,
    hooks: { beforeValidate: [zoneFromOffice(officePath)] },
    admin: {
      position,
      description,
      components: {
        Field: { path: '/components/admin/ZoneField#ZoneField', clientProps: { dates, officePath } },
      },
    },
  })
}
