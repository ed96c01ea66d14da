import type { JSONField } from 'payload'

import { description, label } from '../../lib/i18n/admin'

/**
 * Which fields each language holds and when it was saved, kept by `trackTranslationStatus`. Shared by
 * all languages (one record per document); never edited by hand, whatever a client sends is replaced.
 */
export function translationStatusField(): JSONField {
  return {
    name: 'translationStatus',
    type: 'json',
    label: label('fields.translations'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      disableBulkEdit: true,
      description: description('descriptions.shared.translationStatus'),
      components: {
        Cell: '/translation/admin/TranslationStatusCell#TranslationStatusCell',
        Field: '/translation/admin/TranslationStatusField#TranslationStatusField',
      },
    },
  }
}
