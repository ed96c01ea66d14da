import { APIError, type CollectionBeforeChangeHook, type CollectionSlug, type Field, type PayloadRequest } from 'payload'

import { anyDocument } from '../lib/payload/exists'
import { isTranslator, mayTranslateInto, type AccessUser } from './roles'

/** Fields Payload manages itself; a translator's save may carry them unchanged or changed by Payload. */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'translationStatus'])

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Relationship values arrive as ids or populated documents; dates as Date or ISO text. Compare their essence. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (isRecord(value)) {
    if ('relationTo' in value && 'value' in value) return { relationTo: value.relationTo, value: normalise(value.value) }
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
              changed.push(...changedSharedFields(tab.fields, isRecord(next) ? next : {}, isRecord(stored[tab.name]) ? (stored[tab.name] as Data) : {}, `${prefix}${tab.name}.`))
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
      changed.push(...changedSharedFields(field.fields, isRecord(next) ? next : {}, isRecord(stored[name]) ? (stored[name] as Data) : {}, `${prefix}${name}.`))
      continue
    }
    if (field.type === 'array' && Array.isArray(next)) {
      const rows = Array.isArray(stored[name]) ? (stored[name] as unknown[]) : []
      if (rows.length !== next.length) changed.push(`${prefix}${name}`)
      else next.forEach((row, i) => changed.push(...changedSharedFields(field.fields, isRecord(row) ? row : {}, isRecord(rows[i]) ? (rows[i] as Data) : {}, `${prefix}${name}.${i}.`)))
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
  throw new APIError(message, 403, null, true)
}

/**
 * A translator translates: on the server, whatever the client, a translator's save may only change
 * localized fields, only in a locale they hold, never the document's source locale, and may not
 * publish a document that is not yet published.
 */
export const translatorScope: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const user = req.user as AccessUser | null
  if (!isTranslator(user)) return data
  const locale = req.locale ?? undefined
  if (operation === 'create') refuse('Translators cannot create documents; ask an editor.')
  if (!mayTranslateInto(user, locale)) refuse(`You may not edit the "${locale}" version of this document.`)
  const stored = (originalDoc ?? {}) as Data
  if (stored.sourceLocale === locale) refuse(`"${locale}" is this document's source language: only editors change it.`)
  const changed = changedSharedFields(collection.fields, data as Data, stored)
  if (changed.length > 0)
    refuse(`Translators may change translated text only; these fields are shared by all languages: ${changed.join(', ')}.`)
  if (data._status === 'published' && !(await isPublished(req, collection.slug as CollectionSlug, stored.id)))
    refuse('Only an editor can publish a document for the first time.')
  return data
}
