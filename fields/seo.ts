import type { GroupField } from 'payload'

import { description, label } from '../lib/i18n/admin'

/** What search engines and social networks show: falls back to the title and summary when empty. */
export function seoFields(): GroupField {
  return {
    name: 'meta',
    type: 'group',
    label: label('fields.searchAndSharing'),
    admin: { description: description('descriptions.shared.seo') },
    fields: [
      {
        name: 'title',
        type: 'text',
        localized: true,
        maxLength: 70,
        label: label('fields.titleForSearchResults'),
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 200,
        label: label('fields.descriptionForSearchResults'),
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: 'media',
        label: label('fields.imageForSharing'),
      },
    ],
  }
}
