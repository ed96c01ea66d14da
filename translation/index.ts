/**
 * The translation workflow, as one module. Its public surface:
 *
 * - `translatable(collection)`: makes a content collection translatable — the original language and
 *   translation-status fields, the original text beside the form, the hooks that keep translators to
 *   their languages, publish one language at a time and track what each language holds, and shared
 *   fields read-only to translators. Applied to every content collection in payload.config.ts.
 * - `translationAdmin`: the admin's Translations view (overview, XLIFF download and upload).
 * - `translationEndpoints`: the REST endpoints behind it.
 *
 * Everything else in this folder (XLIFF, units, status, backfill, export and import) is used by these
 * and by the command-line jobs (scripts/translations-*.ts).
 */
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'

import { titleFieldOf, type ContentCollection } from '../collections/registry'
import { ADMIN_TITLE, adminTitleField } from './fields/adminTitle'
import { publicationStatusField } from './fields/publicationStatus'
import { sourceLocaleField } from './fields/sourceLocale'
import { sourceTextField } from './fields/sourceText'
import { translationStatusField } from './fields/translationStatus'
import { publishInSourceLocale } from './hooks/publishInSourceLocale'
import { publishTranslatorsLocale } from './hooks/publishTranslatorsLocale'
import { trackTranslationStatus } from './hooks/trackTranslationStatus'
import { translatorScope } from './hooks/translatorScope'
import { sharedFieldsReadOnlyForTranslators } from './sharedFields'

export { translationEndpoints } from './endpoints'
export { translatableCollections, isTranslatableCollection, type TranslatableCollection } from './collections'

const hasDrafts = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** The original text first in the form; the original language and the status after the slug (sidebar). */
function withTranslationFields(fields: Field[], titleField: string, drafts: boolean): Field[] {
  const afterSlug = fields.findIndex((field) => 'name' in field && field.name === 'slug') + 1
  const at = afterSlug > 0 ? afterSlug : fields.length
  return [
    sourceTextField(),
    ...fields.slice(0, at),
    sourceLocaleField(),
    translationStatusField(),
    ...(drafts ? [publicationStatusField()] : []),
    adminTitleField(titleField),
    ...fields.slice(at),
  ]
}

export function translatable(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  // A translator's limits are checked before anything else runs; the per-language publishing
  // hooks exist only where there is something to publish (drafts).
  const beforeOperation: CollectionBeforeOperationHook[] = [
    translatorScope,
    ...(hasDrafts(collection) ? [publishInSourceLocale, publishTranslatorsLocale] : []),
    ...(hooks.beforeOperation ?? []),
  ]
  const beforeChange: CollectionBeforeChangeHook[] = [trackTranslationStatus, ...(hooks.beforeChange ?? [])]
  const titleField = titleFieldOf(collection.slug as ContentCollection)
  // Lists, pickers and headers name a document by its title in every language (fields/adminTitle.ts).
  const admin = {
    ...collection.admin,
    useAsTitle: ADMIN_TITLE,
    defaultColumns: collection.admin?.defaultColumns?.map((column) => (column === titleField ? ADMIN_TITLE : column)),
  }
  return sharedFieldsReadOnlyForTranslators({
    ...collection,
    admin,
    fields: withTranslationFields(collection.fields, titleField, hasDrafts(collection)),
    hooks: { ...hooks, beforeOperation, beforeChange },
  })
}

/** The Translations view in the admin: every document × language, with the XLIFF round trip. */
export const translationAdmin = {
  views: {
    translations: { Component: '/translation/admin/TranslationsView#TranslationsView', path: '/translations' as const },
  },
}
