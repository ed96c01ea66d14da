import type { UIField } from 'payload'

/** What visitors see in each language, in the sidebar (translation/admin/PublicationStatusField.tsx). Not stored. */
export function publicationStatusField(): UIField {
  return {
    name: 'publicationStatus',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/translation/admin/PublicationStatusField#PublicationStatusField' },
      disableListColumn: true,
    },
  }
}
