import type { SelectField } from 'payload'

import { label } from '../lib/i18n/admin'
import { countryCodes, countryName } from '../lib/reference/countries'
import { locales } from '../lib/i18n/locales'

const timeZones = [...Intl.supportedValuesOf('timeZone'), 'UTC']

/** The IANA zones a place or an event can be in: every zone the runtime knows, labelled without underscores. */
export const timeZoneOptions = timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))

/** An IANA time zone, chosen from the zones the runtime knows, so that dates can be shown in it. */
export function timeZoneField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'timeZone',
    type: 'select',
    options: timeZoneOptions,
    // One `TimeZone` type in payload-types.ts for every zone field, not a copy of 400 names per field.
    interfaceName: 'TimeZone',
    label: label('fields.timeZone'),
    ...overrides,
  } as SelectField
}

function countryOptions() {
  return countryCodes.map((code) => ({
    value: code,
    label: Object.fromEntries(locales.map((l) => [l.code, countryName(code, l.code)])),
  }))
}

/** One or several ISO 3166-1 countries, named in the admin's language. */
export function countryField(name = 'country', overrides: Partial<SelectField> = {}): SelectField {
  return {
    name,
    type: 'select',
    options: countryOptions(),
    label: label('fields.country'),
    ...overrides,
  } as SelectField
}
