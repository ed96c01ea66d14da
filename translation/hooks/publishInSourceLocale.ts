import type { CollectionBeforeOperationHook } from 'payload'

import { isLocale } from '../../lib/i18n/locales'

/**
 * A change of status alone — what a scheduled publish or unpublish job sends, without a locale —
 * is checked in the document's own language. Otherwise it runs in the default locale, where a
 * document written in French has no title, and the publish fails as "Title is invalid".
 */
export const publishInSourceLocale: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (operation !== 'update' || id === undefined) return args
  const keys = Object.keys(('data' in args ? args.data : {}) ?? {})
  if (keys.length !== 1 || keys[0] !== '_status') return args
  const doc = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    draft: true,
    select: { sourceLocale: true },
    overrideAccess: true,
    req,
  })) as { sourceLocale?: unknown }
  if (isLocale(doc.sourceLocale)) req.locale = doc.sourceLocale
  return args
}
