import type { CollectionSlug, FieldHook, PayloadRequest, TextField, TypedLocale, Validate } from 'payload'

import { description, label } from '../lib/i18n/admin'
import { messagesFor } from './validators'
import { anyDocument } from '../lib/editorial/exists'
import { isValidSlug, slugify } from '../lib/text/slugify'

/** Is `slug` already used by another document of the collection in this locale? */
function slugTaken(
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  id?: number | string,
): Promise<boolean> {
  const sameSlug = { slug: { equals: slug } }
  return anyDocument(req, collection, id === undefined ? sameSlug : { and: [sameSlug, { id: { not_equals: id } }] }, {
    locale: (req.locale ?? undefined) as TypedLocale | undefined,
  })
}

/** An empty slug is made from the source field, with -2, -3… when that form is taken in this locale. */
const generateSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || source.trim() === '' || !collection) return value
    const base = slugify(source) || 'untitled'
    const id = (originalDoc?.id ?? data?.id) as number | string | undefined
    for (let n = 1; n < 100; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if (!(await slugTaken(req, collection.slug as CollectionSlug, candidate, id))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

const validateSlug: Validate<string | null | undefined> = async (value, options) => {
  const { req, id, collectionSlug, event } = options as typeof options & { collectionSlug?: string; event?: string }
  if (value === null || value === undefined || value === '') return true
  if (!isValidSlug(value)) return messagesFor(req)('validation.slugFormat')
  if (event === 'onChange' || !collectionSlug) return true
  if (await slugTaken(req, collectionSlug as CollectionSlug, value, id ?? undefined))
    return messagesFor(req)('validation.slugTaken', { value })
  return true
}

/** The localized web address of a document, made from its title (any script, transliterated), unique per locale. */
export function slugField(from = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    label: label('fields.webAddress'),
    admin: {
      position: 'sidebar',
      description: description('descriptions.shared.slug'),
    },
    hooks: { beforeValidate: [generateSlug(from)] },
    validate: validateSlug,
  }
}
