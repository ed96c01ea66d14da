import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { isTranslator, type AccessUser } from '../../access/roles'
import { isLocale } from '../../lib/i18n/locales'
import { anyDocument } from '../../lib/editorial/exists'

/**
 * Per-locale publishing for translators: a translator's save of a published document (anything but
 * a draft) publishes their language only. Payload's `publishSpecificLocale` takes the other
 * languages from the last published version, so an editor's unpublished French draft, or another
 * translator's unfinished Arabic, does not go live with it; their drafts are kept as the newest
 * version. Editors choose in the admin ("Publish in …", the default, or "Publish all locales").
 * A draft document is left alone: only an editor publishes it first (access/translatorScope).
 */
export const publishTranslatorsLocale: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || !isTranslator(req.user as AccessUser | null)) return args
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined || args.draft === true || args.publishSpecificLocale || !isLocale(req.locale)) return args
  const published = await anyDocument(req, collection.slug as CollectionSlug, {
    and: [{ id: { equals: id } }, { _status: { equals: 'published' } }],
  })
  if (!published) return args
  // As the admin's "Publish in …" sends it: without the status, the newest draft's would be kept.
  const data = 'data' in args && args.data ? { ...args.data, _status: 'published' } : args.data
  return { ...args, data, publishSpecificLocale: req.locale }
}
