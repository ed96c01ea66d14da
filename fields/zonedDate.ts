import type { DateField, FieldHook } from 'payload'

import { timeZoneOptions } from './places'

type Labels = Record<'en' | 'fr' | 'es' | 'ar', string>

const zoneWord: Labels = { en: 'time zone', fr: 'fuseau horaire', es: 'zona horaria', ar: 'المنطقة الزمنية' }

/**
 * A date and time typed and shown in the admin in the time zone held by a sibling select (`zoneField`,
 * e.g. an event's `timeZone`), whatever the editor's computer says.
 *
 * Built on Payload's own time-zone support (`timezone` on date fields): Payload adds a companion
 * `<name>_tz` select and its date picker shows and takes the time in the zone that companion holds.
 * Payload ties each date to its own companion, with its own picker; a place or an event has one zone,
 * so the pickers beside the dates are hidden (an empty `supportedTimezones` on the client) and each
 * companion is a copy of `zoneField`: on every write (beforeChange, once the zone itself is settled by
 * its own beforeValidate hooks and default; also for API and Local API writes that do not send it), and on read when it was never stored (documents saved before the
 * companion existed, e.g. on MongoDB, which has no migration).
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
