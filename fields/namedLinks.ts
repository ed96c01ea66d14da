import type { ArrayField } from 'payload'

import { label, type AdminKey } from '../lib/i18n/admin'
import { validateUrl } from './validators'

/** A list of named organisations with their websites: an event's organisers, a programme's partners. */
export function namedLinksField(name: string, labelKey: AdminKey): ArrayField {
  return {
    name,
    type: 'array',
    label: label(labelKey),
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 200, label: label('fields.name') },
      { name: 'url', type: 'text', validate: validateUrl, label: label('fields.website') },
    ],
  }
}
