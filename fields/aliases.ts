import type { TextField } from 'payload'

import { description, label } from '../lib/i18n/admin'

/**
 * Other names a document goes by in texts, per language ("Bureau régional du Caire", "IOM Cairo"):
 * the page importer recognises a document by its name or title and these, in every language.
 */
export function aliasesField(): TextField {
  return {
    name: 'aliases',
    type: 'text',
    hasMany: true,
    localized: true,
    maxLength: 200,
    label: label('fields.otherNames'),
    admin: {
      description: description('descriptions.shared.aliases'),
    },
  }
}
