import type { SelectField } from 'payload'

import { label } from '../lib/i18n/admin'
import { countryCodes, countryName } from '../lib/countries'
import { locales } from '../lib/i18n/locales'

const timeZones = [...Intl.supportedValuesOf('timeZone'), 'UTC']

/** An IANA time zone, chosen from the zones the runtime knows, so that dates can be shown in it. */
export function timeZoneField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'timeZone',
    type: 'select',
    options: timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
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
