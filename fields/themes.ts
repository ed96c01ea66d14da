import type { SelectField } from 'payload'

import { regions, themes, toOptions } from '../lib/reference/taxonomy'
import { label } from '../lib/i18n/admin'

export function themesField(): SelectField {
  return {
    name: 'themes',
    type: 'select',
    hasMany: true,
    index: true,
    options: toOptions(themes),
    label: label('fields.themes'),
  }
}

export function regionsField(): SelectField {
  return {
    name: 'regions',
    type: 'select',
    hasMany: true,
    options: toOptions(regions),
    label: label('fields.regions'),
  }
}
