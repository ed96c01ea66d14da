import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { isTranslator, type AccessUser } from '../access/roles'

/** Fields Payload or our hooks manage: translators' saves carry them (publishing, status). */
const MANAGED = new Set(['_status', 'translationStatus'])

const notTranslators: FieldAccess = ({ req }) => !isTranslator((req.user as AccessUser | null | undefined) ?? null)

const hasLocalizedDescendant = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && hasLocalizedDescendant(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedDescendant(tab.fields))),
  )

function lock(field: Field): Field {
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) =>
        'localized' in tab && tab.localized ? tab : { ...tab, fields: tab.fields.map(lock) },
      ),
    }
  if (!('name' in field)) return 'fields' in field ? ({ ...field, fields: field.fields.map(lock) } as Field) : field
  if (
    ('localized' in field && field.localized) ||
    MANAGED.has(field.name) ||
    field.type === 'join' ||
    field.type === 'ui' ||
    field.admin?.hidden
  )
    return field
  // A shared group or list holding translated text: its translated parts stay editable.
  if ('fields' in field && hasLocalizedDescendant(field.fields))
    return { ...field, fields: field.fields.map(lock) } as Field
  return { ...field, access: { ...field.access, update: notTranslators } } as Field
}

/**
 * Shared (non-localized) fields are read-only to translators in the admin: field access tells the
 * edit view, so a translator sees dates, images and relations as they are without being invited to
 * change them. The server's refusal, with its reason, is `translatorScope`.
 */
export function sharedFieldsReadOnlyForTranslators(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(lock) }
}
