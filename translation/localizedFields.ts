/**
 * The translatable text of a document: every localized text, textarea and rich-text field, found by
 * walking the collection's field config, each with its data path ("dateline.city",
 * "organisers.0.name", "meta.title"). Translation status, XLIFF export and import all read this one
 * list, so they always agree on what "a field to translate" is.
 */
import type { Field } from 'payload'
import { isRecord } from '../lib/text/isRecord'

export type UnitKind = 'text' | 'textarea' | 'richText'

export interface LocalizedValue {
  /** Data path, array rows by index: `organisers.0.name`. */
  path: string
  kind: UnitKind
  value: unknown
}

type Data = Record<string, unknown>

/** Fields that are localized but not text to translate: web addresses are made from the title, breadcrumbs by the plugin. */
const NOT_TRANSLATED = new Set(['slug', 'breadcrumbs'])

/** Read-only or hidden fields are kept by code, not written by people. */
function notEditable(field: Field): boolean {
  const admin = (field.admin ?? {}) as { readOnly?: boolean; hidden?: boolean }
  return Boolean(admin.readOnly || admin.hidden || ('hidden' in field && field.hidden))
}

const TEXT_KINDS = new Set<string>(['text', 'textarea', 'richText'])

/**
 * Localized text values of `doc` (one locale's data). `inLocalized` is true below a localized
 * group, array or tab, whose text is then localized as a whole.
 */
export function localizedValues(
  fields: readonly Field[],
  doc: Data,
  prefix = '',
  inLocalized = false,
): LocalizedValue[] {
  const found: LocalizedValue[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        const localized = inLocalized || Boolean('localized' in tab && tab.localized)
        if (named)
          found.push(
            ...localizedValues(
              tab.fields,
              isRecord(doc[tab.name]) ? (doc[tab.name] as Data) : {},
              `${prefix}${tab.name}.`,
              localized,
            ),
          )
        else found.push(...localizedValues(tab.fields, doc, prefix, localized))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) found.push(...localizedValues(field.fields, doc, prefix, inLocalized))
      continue
    }
    if (NOT_TRANSLATED.has(field.name) || notEditable(field)) continue
    const localized = inLocalized || Boolean('localized' in field && field.localized)
    const value = doc[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      found.push(...localizedValues(field.fields, isRecord(value) ? value : {}, `${path}.`, localized))
    } else if (field.type === 'array') {
      const rows = Array.isArray(value) ? value : []
      rows.forEach((row, i) =>
        found.push(...localizedValues(field.fields, isRecord(row) ? row : {}, `${path}.${i}.`, localized)),
      )
    } else if (localized && TEXT_KINDS.has(field.type) && !('hasMany' in field && field.hasMany)) {
      found.push({ path, kind: field.type as UnitKind, value })
    }
  }
  return found
}

/** Is this value text someone wrote (not empty, not an empty editor)? */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (isRecord(value) && isRecord(value.root)) return hasRichText(value.root)
  return false
}

function hasRichText(node: Data): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (
    node.type !== undefined &&
    !['root', 'paragraph', 'text', 'linebreak', 'tab'].includes(String(node.type)) &&
    !Array.isArray(node.children)
  )
    return true
  return Array.isArray(node.children) && node.children.some((child) => isRecord(child) && hasRichText(child))
}

/** Paths of the localized text `doc` holds. */
export function filledPaths(fields: readonly Field[], doc: Data): string[] {
  return localizedValues(fields, doc)
    .filter((v) => isFilled(v.value))
    .map((v) => v.path)
}

/** A copy of `doc` with `value` at `path`; rows and groups on the way are copied, not shared. */
export function withValueAt(doc: Data, path: string, value: unknown): Data {
  const [head, ...rest] = path.split('.')
  if (head === undefined) return doc
  if (rest.length === 0) return { ...doc, [head]: value }
  const child = doc[head]
  if (Array.isArray(child)) {
    const [index, ...tail] = rest
    const i = Number(index)
    const rows = [...child]
    rows[i] = tail.length === 0 ? value : withValueAt(isRecord(rows[i]) ? (rows[i] as Data) : {}, tail.join('.'), value)
    return { ...doc, [head]: rows }
  }
  return { ...doc, [head]: withValueAt(isRecord(child) ? child : {}, rest.join('.'), value) }
}
