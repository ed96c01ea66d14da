import { type CollectionBeforeOperationHook, type CollectionConfig, type CollectionSlug } from 'payload'

import { adminText, type AdminTranslate } from '../i18n/admin'
import { isLocale } from '../i18n/locales'
import { fieldsError } from './publicErrors'
import { refuseMalformedQuery } from './refuseMalformedQuery'
import { validateDrafts } from './validateDrafts'
import { checkInputShape, type Reference, type ShapeError } from './inputShape'

async function missingReferences(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  references: Reference[],
  message: AdminTranslate,
): Promise<ShapeError[]> {
  const byCollection = new Map<string, Reference[]>()
  for (const ref of references) byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref])
  const errors: ShapeError[] = []
  for (const [collection, refs] of byCollection) {
    const ids = [...new Set(refs.map((r) => String(r.id)))]
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      select: {},
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      draft: true,
      req,
    })
    const existing = new Set(found.docs.map((d) => String(d.id)))
    for (const ref of refs)
      if (!existing.has(String(ref.id)))
        errors.push({
          path: ref.path,
          message: message('validation.shape.missingDocument', { collection, id: ref.id }),
        })
  }
  return errors
}

/**
 * Every create and update, from any API, is refused with field messages (400) when its data has the
 * wrong shape, names unknown fields, points to documents that do not exist, or asks for an unknown
 * locale — before Payload coerces it or the database answers with a server error.
 */
export const refuseMalformedInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const locale = req.locale ?? undefined
  const errors: ShapeError[] = []
  // In the admin language of the person writing (English for API clients), as field validation is.
  const message = adminText(req.i18n?.language)
  if (locale !== undefined && !isLocale(locale))
    errors.push({
      path: 'locale',
      message: message('validation.shape.unknownLocale', { locale: String(locale).slice(0, 20) }),
    })
  const { errors: shapeErrors, references } = checkInputShape(
    collection.flattenedFields,
    (args as { data?: unknown }).data ?? {},
    {
      idType: req.payload.db.defaultIDType,
      isAuth: Boolean(collection.auth),
      hiddenFieldsAllowed: (args as { overrideAccess?: boolean }).overrideAccess === true,
      message,
    },
  )
  errors.push(...shapeErrors)
  if (errors.length === 0) errors.push(...(await missingReferences(req, references, message)))
  if (errors.length > 0) throw fieldsError(collection.slug, errors, req)
  return args
}

/** The collection with the checks of queries, writes and drafts first among its beforeOperation hooks. */
export function withInputShapeCheck(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        refuseMalformedQuery,
        refuseMalformedInput,
        validateDrafts,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }
}
