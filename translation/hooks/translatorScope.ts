import { type CollectionBeforeOperationHook, type CollectionSlug, type Field, type PayloadRequest } from 'payload'

import { isLocale } from '../../lib/i18n/locales'

import { anyDocument } from '../../lib/editorial/exists'
import { isTranslator, mayTranslateInto, type AccessUser } from '../../access/roles'
import { isRecord } from '../../lib/text/isRecord'
import { publicError } from '../../lib/validation/publicErrors'

/** Fields Payload manages itself; a translator's save may carry them unchanged or changed by Payload. */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'translationStatus'])

type Data = Record<string, unknown>

/** Relationship values arrive as ids or populated documents; dates as Date or ISO text. Compare their essence. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (isRecord(value)) {
    if ('relationTo' in value && 'value' in value)
      return { relationTo: value.relationTo, value: normalise(value.value) }
    if ('id' in value && Object.keys(value).length > 2 && 'createdAt' in value) return String(value.id)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalise(value[key])]),
    )
  }
  if (typeof value === 'number') return String(value)
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/** Paths of non-localized fields whose incoming value differs from the stored one. */
export function changedSharedFields(fields: Field[], incoming: Data, stored: Data, prefix = ''): string[] {
  const changed: string[] = []
  for (const field of fields) {
    if (!('name' in field)) {
      // rows, collapsibles and unnamed tabs hold fields at the same level of the data
      if ('fields' in field) changed.push(...changedSharedFields(field.fields, incoming, stored, prefix))
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            if (tab.localized) continue
            const next = incoming[tab.name]
            if (next !== undefined)
              changed.push(
                ...changedSharedFields(
                  tab.fields,
                  isRecord(next) ? next : {},
                  isRecord(stored[tab.name]) ? (stored[tab.name] as Data) : {},
                  `${prefix}${tab.name}.`,
                ),
              )
          } else changed.push(...changedSharedFields(tab.fields, incoming, stored, prefix))
        }
      }
      continue
    }
    const name = field.name
    if (SYSTEM_FIELDS.has(name) || ('localized' in field && field.localized)) continue
    if (field.type === 'join' || field.type === 'ui') continue
    const next = incoming[name]
    if (next === undefined) continue
    if (field.type === 'group') {
      changed.push(
        ...changedSharedFields(
          field.fields,
          isRecord(next) ? next : {},
          isRecord(stored[name]) ? (stored[name] as Data) : {},
          `${prefix}${name}.`,
        ),
      )
      continue
    }
    if (field.type === 'array' && Array.isArray(next)) {
      const rows = Array.isArray(stored[name]) ? (stored[name] as unknown[]) : []
      if (rows.length !== next.length) changed.push(`${prefix}${name}`)
      else
        next.forEach((row, i) =>
          changed.push(
            ...changedSharedFields(
              field.fields,
              isRecord(row) ? row : {},
              isRecord(rows[i]) ? (rows[i] as Data) : {},
              `${prefix}${name}.${i}.`,
            ),
          ),
        )
      continue
    }
    if (!same(next, stored[name])) changed.push(`${prefix}${name}`)
  }
  return changed
}

/**
 * Whether the published document exists. `originalDoc` can be the latest draft (after an autosave),
 * so the status is read from the document itself, not from its newest version.
 */
function isPublished(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<boolean> {
  if (typeof id !== 'number' && typeof id !== 'string') return Promise.resolve(false)
  return anyDocument(req, collection, { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] })
}

/** 403 with a message the editor sees as it is (public: shown in production too). */
function refuse(message: string): never {
  throw publicError(message, 403)
}

interface Write {
  user: AccessUser | null
  locale: string | undefined
  fields: Field[]
  data: Data
  stored: Data
  req: PayloadRequest
  collection: CollectionSlug
}

/** The translator's limits on a save of an existing document: refuses with the reason, or returns. */
async function checkTranslatorWrite({ user, locale, fields, data, stored, req, collection }: Write): Promise<void> {
  if (!mayTranslateInto(user, locale)) refuse(`You may not edit the "${locale}" version of this document.`)
  if (stored.sourceLocale === locale) refuse(`"${locale}" is this document's source language: only editors change it.`)
  const changed = changedSharedFields(fields, data, stored)
  if (changed.length > 0)
    refuse(
      `Translators may change translated text only; these fields are shared by all languages: ${changed.join(', ')}.`,
    )
  if (data._status === 'published' && !(await isPublished(req, collection, stored.id)))
    refuse('Only an editor can publish a document for the first time.')
}

/**
 * A translator translates: on the server, whatever the client, a translator's save may only change
 * localized fields, only in a locale they hold, never the document's source locale, and may not
 * publish a document that is not yet published, nor replace an uploaded file.
 *
 * Checked before anything else runs (beforeOperation): the shared fields are also read-only to
 * translators by field access (access/sharedFields), which would otherwise drop a change silently
 * instead of refusing it with this message. Bulk updates are refused to translators outright.
 */
export const translatorScope: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const user = req.user as AccessUser | null
  if (!isTranslator(user)) return args
  if (operation === 'restoreVersion')
    refuse('Only editors restore earlier versions; a translator saves the translation again instead.')
  if (operation !== 'create' && operation !== 'update') return args
  const data = ('data' in args && isRecord(args.data) ? args.data : {}) as Data
  const slug = collection.slug as CollectionSlug
  // A save that publishes one language is checked in that language (Payload switches to it next).
  const locale = (('publishSpecificLocale' in args && args.publishSpecificLocale) || req.locale) ?? undefined
  if (operation === 'create') refuse('Translators cannot create documents; ask an editor.')
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined) refuse('Translators update one document at a time.')
  // An uploaded file is one for every language (Payload replaces it and deletes the old one), and it
  // arrives beside the data, where the shared-field comparison below does not see it.
  if (collection.upload && req.file)
    refuse('Translators may not replace the file: it is shared by all languages. Ask an editor.')
  const stored = (await req.payload.findByID({
    collection: slug,
    id,
    locale: isLocale(locale) ? locale : undefined,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Data | null
  if (!stored) return args // Payload answers "not found" itself
  await checkTranslatorWrite({ user, locale, fields: collection.fields, data, stored, req, collection: slug })
  return args
}
