import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { fieldsError } from './publicErrors'

type Data = Record<string, unknown>

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v)

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || v === 0

/**
 * Fields whose own check a draft skips: rich text (bounded by the shape check, and Lexical's validation
 * walks every node), relations (the shape check finds the documents), dates (the shape check reads
 * them; Payload's own check asks for the time zone a draft may not have chosen yet), and what is computed.
 */
const SKIPPED = new Set(['richText', 'relationship', 'upload', 'join', 'ui', 'blocks', 'date'])

interface Context {
  req: PayloadRequest
  data: Data
  operation: 'create' | 'update'
  id: number | string | undefined
  collectionSlug: string
}

async function check(
  fields: FlattenedField[],
  values: Data,
  prefix: string,
  context: Context,
  errors: { path: string; message: string }[],
) {
  for (const [key, value] of Object.entries(values)) {
    const field = fields.find((f) => f.name === key)
    // Unknown keys are the shape check's (it runs first); an empty value is allowed in a draft.
    if (!field || SKIPPED.has(field.type) || isEmpty(value)) continue
    const path = `${prefix}${key}`
    if (field.type === 'group' || field.type === 'tab') {
      if (isData(value)) await check(field.flattenedFields, value, `${path}.`, context, errors)
      continue
    }
    if (typeof field.validate === 'function') {
      const result = await field.validate(
        value as never,
        {
          ...field,
          ...context,
          siblingData: values,
          path: path.split('.'),
          event: 'submit',
          preferences: { fields: {} },
        } as never,
      )
      if (typeof result === 'string') errors.push({ path, message: result })
    }
    if (field.type === 'array' && Array.isArray(value))
      for (const [i, row] of value.entries())
        if (isData(row)) await check(field.flattenedFields, row, `${path}.${i}.`, context, errors)
  }
}

/**
 * A draft is checked like a published save, but for `required`: Payload skips all validation of
 * drafts, so a draft stored a 10-million-character title, a `javascript:` link, a malformed address
 * or slug. Each field sent with a value is checked by the field's own validation; an empty one is
 * allowed (the admin creates an empty draft as it opens a new document with autosave, and a draft
 * may be half done). Published saves are validated by Payload itself.
 */
export const validateDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = 'data' in args ? (args.data as unknown) : undefined
  // Any save with draft=true skips Payload's validation — one naming `_status: 'published'` too, on create.
  if (!isData(data) || args.draft !== true) return args
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (operation === 'update' && id === undefined) return args
  const errors: { path: string; message: string }[] = []
  await check(
    collection.flattenedFields,
    data,
    '',
    { req, data, operation, id, collectionSlug: collection.slug },
    errors,
  )
  if (errors.length > 0) throw fieldsError(collection.slug, errors, req)
  return args
}
