import type { JSONField } from 'payload'

import { label } from '../../fields/editorial'

/**
 * Which fields each language holds and when it was saved, kept by `trackTranslationStatus`. Shared by
 * all languages (one record per document); never edited by hand, whatever a client sends is replaced.
 */
export function translationStatusField(): JSONField {
  return {
    name: 'translationStatus',
    type: 'json',
    label: label('Translations', 'Traductions', 'Traducciones', 'الترجمات'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      disableBulkEdit: true,
      description: 'How far each language has been translated from the original. Updated on every save.',
      components: {
        Cell: '/translation/admin/TranslationStatusCell#TranslationStatusCell',
        Field: '/translation/admin/TranslationStatusField#TranslationStatusField',
      },
    },
  }
}
