/**
 * The shape check every write goes through before Payload's own validation: each value has the JS
 * type its field stores, select values are among the options, and no unknown field is sent. Payload
 * otherwise coerces (42 → "42"), drops unknown keys silently, or passes objects such as {"$ne": …}
 * down to the database, which answers with a server error.
 */
import type { FlattenedField } from 'payload'

import { adminText, type AdminKey, type AdminTranslate } from '../i18n/admin'
import { richTextExcess, richTextLimitsOf } from './richTextLimits'

export interface ShapeError {
  path: string
  message: string
}

/** A relationship value to look up: the write is refused if the document does not exist. */
export interface Reference {
  path: string
  collection: string
  id: number | string
}

type Data = Record<string, unknown>

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Keys Payload itself accepts beside the fields. */
const SYSTEM_KEYS = new Set(['id', '_status', 'createdAt', 'updatedAt', 'deletedAt'])
const AUTH_KEYS = new Set(['password', 'confirm-password'])
const ROW_KEYS = new Set(['id', 'blockName', 'blockType'])

/**
 * Lengths for text fields that set none. Payload checks `maxLength` only when it validates, which it
 * skips for drafts: a draft took a title of 10 million characters. This check runs for every write.
 */
const DEFAULT_MAX_LENGTH = { text: 5_000, textarea: 20_000, code: 20_000 } as const

export interface ShapeOptions {
  idType: 'number' | 'text'
  isAuth?: boolean
  /**
   * Server code writing through the Local API (`overrideAccess`): Payload's own auth operations
   * write its hidden fields (forgot-password stores `resetPasswordToken`), which clients may not.
   */
  hiddenFieldsAllowed?: boolean
  /** The messages' language: the admin language of the person writing (English by default). */
  message?: AdminTranslate
}

function validId(value: unknown, idType: ShapeOptions['idType']): value is number | string {
  if (idType === 'number')
    return (
      (typeof value === 'number' || (typeof value === 'string' && /^\d{1,15}$/.test(value))) &&
      Number(value) > 0 &&
      Number.isSafeInteger(Number(value))
    )
  return typeof value === 'string' && /^[a-f0-9]{24}$/i.test(value)
}

function optionValues(field: { options: readonly (string | { value: string })[] }): Set<string> {
  return new Set(field.options.map((o) => (typeof o === 'string' ? o : o.value)))
}

/** What was sent instead, in words: "a list", "null", "number"… */
function describe(value: unknown, message: AdminTranslate): string {
  if (Array.isArray(value)) return message('validation.shape.got.list')
  if (value === null) return message('validation.shape.got.null')
  switch (typeof value) {
    case 'object':
      return message('validation.shape.got.object')
    case 'string':
      return message('validation.shape.got.string')
    case 'number':
      return message('validation.shape.got.number')
    case 'boolean':
      return message('validation.shape.got.boolean')
    default:
      return message('validation.shape.got.other', { type: typeof value })
  }
}

/** A text value as sent, quoted and cut, or else what it was. */
const shown = (value: unknown, max: number, message: AdminTranslate): string =>
  typeof value === 'string'
    ? message('validation.shape.got.quoted', { value: value.slice(0, max) })
    : describe(value, message)

class ShapeChecker {
  readonly errors: ShapeError[] = []
  readonly references: Reference[] = []
  private readonly message: AdminTranslate

  constructor(private readonly options: ShapeOptions) {
    this.message = options.message ?? adminText('en')
  }

  private fail(path: string, message: string): void {
    this.errors.push({ path, message })
  }

  /** "Expected text, got a number." */
  private got(key: AdminKey, value: unknown): string {
    return this.message(key, { got: describe(value, this.message) })
  }

  object(fields: FlattenedField[], data: Data, prefix: string, allowed: Set<string>): void {
    const byName = new Map(fields.map((f) => [f.name, f]))
    for (const [key, value] of Object.entries(data)) {
      const field = byName.get(key)
      const path = `${prefix}${key}`
      if (!field) {
        if (!allowed.has(key)) this.fail(path, this.message('validation.shape.unknownField', { key }))
        continue
      }
      if ('hidden' in field && field.hidden === true && !this.options.hiddenFieldsAllowed) {
        this.fail(path, this.message('validation.shape.systemField', { key }))
        continue
      }
      if (value === null || value === undefined) continue
      this.value(field, value, path)
    }
  }

  private many(value: unknown, path: string, check: (item: unknown, itemPath: string) => void): void {
    if (!Array.isArray(value)) return this.fail(path, this.got('validation.shape.list', value))
    value.forEach((item, i) => check(item, `${path}.${i}`))
  }

  /** `maxRows` of a list, checked for drafts too (Payload checks it only when it validates). */
  private rows(field: FlattenedField, value: unknown, path: string): void {
    const max = 'maxRows' in field ? field.maxRows : undefined
    if (typeof max === 'number' && Array.isArray(value) && value.length > max)
      this.fail(path, this.message('validation.shape.tooManyRows', { max, count: value.length }))
  }

  private richText(field: FlattenedField, value: unknown, path: string): void {
    if (!isPlainObject(value) || !isPlainObject(value.root))
      return this.fail(path, this.message('validation.shape.richText'))
    const excess = richTextExcess(value.root, richTextLimitsOf(field))
    if (!excess) return
    if (excess.limit === 'shape') return this.fail(path, this.message('validation.shape.richText'))
    const key = (
      {
        characters: 'validation.shape.richTextCharacters',
        nodes: 'validation.shape.richTextNodes',
        depth: 'validation.shape.richTextDepth',
      } as const
    )[excess.limit]
    this.fail(path, this.message(key, { max: excess.max }))
  }

  private value(field: FlattenedField, value: unknown, path: string): void {
    const hasMany = 'hasMany' in field && field.hasMany === true
    switch (field.type) {
      case 'email':
        if (typeof value === 'string' && value.length > 254)
          return this.fail(path, this.message('validation.shape.emailLength'))
        if (typeof value !== 'string') return this.fail(path, this.got('validation.shape.text', value))
        return
      case 'text':
      case 'textarea':
      case 'code': {
        const max = ('maxLength' in field && field.maxLength) || DEFAULT_MAX_LENGTH[field.type]
        const check = (v: unknown, p: string) => {
          if (typeof v !== 'string') return this.fail(p, this.got('validation.shape.text', v))
          if (v.length > max) this.fail(p, this.message('validation.shape.tooLong', { max, length: v.length }))
        }
        if (hasMany) this.rows(field, value, path)
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'number': {
        const check = (v: unknown, p: string) =>
          (typeof v !== 'number' || !Number.isFinite(v)) && this.fail(p, this.got('validation.shape.number', v))
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'checkbox':
        if (typeof value !== 'boolean') this.fail(path, this.got('validation.shape.boolean', value))
        return
      case 'date': {
        const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
        if (typeof value !== 'string' || Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(value))
          this.fail(path, this.message('validation.shape.date', { got: shown(value, 40, this.message) }))
        return
      }
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        const check = (v: unknown, p: string) => {
          if (typeof v !== 'string') this.fail(p, this.got('validation.shape.option', v))
          else if (!allowed.has(v))
            this.fail(p, this.message('validation.shape.unknownOption', { value: v.slice(0, 60) }))
        }
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'relationship':
      case 'upload': {
        const relationTo = field.relationTo
        const check = (v: unknown, p: string) => {
          if (Array.isArray(relationTo)) {
            if (
              !isPlainObject(v) ||
              typeof v.relationTo !== 'string' ||
              !(relationTo as string[]).includes(v.relationTo) ||
              !validId(v.value, this.options.idType)
            )
              return this.fail(p, this.message('validation.shape.polymorphic'))
            return this.references.push({ path: p, collection: v.relationTo, id: v.value })
          }
          const id = isPlainObject(v) ? v.id : v
          if (!validId(id, this.options.idType))
            return this.fail(p, this.message('validation.shape.documentId', { got: shown(v, 40, this.message) }))
          this.references.push({ path: p, collection: relationTo, id })
        }
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'group':
      case 'tab':
        if (!isPlainObject(value)) return this.fail(path, this.got('validation.shape.group', value))
        return this.object(field.flattenedFields, value, `${path}.`, new Set())
      case 'array':
        // The admin form sends 0 for a list without rows.
        if (value === 0) return
        this.rows(field, value, path)
        return this.many(value, path, (row, p) =>
          isPlainObject(row)
            ? this.object(field.flattenedFields, row, `${p}.`, ROW_KEYS)
            : this.fail(p, this.got('validation.shape.row', row)),
        )
      case 'blocks':
        if (value === 0) return
        return this.many(value, path, (row, p) => {
          const block = isPlainObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
          if (!isPlainObject(row) || !block) return this.fail(p, this.message('validation.shape.block'))
          this.object(block.flattenedFields, row, `${p}.`, ROW_KEYS)
        })
      case 'richText':
        return this.richText(field, value, path)
      case 'point':
        if (
          !Array.isArray(value) ||
          value.length !== 2 ||
          !value.every((n) => typeof n === 'number' && Number.isFinite(n))
        )
          this.fail(path, this.message('validation.shape.point'))
        return
      case 'join':
        return this.fail(path, this.message('validation.shape.join'))
      case 'json':
        return
    }
  }
}

/** Shape errors of `data` against the collection's fields, and the documents it points to. */
export function checkInputShape(
  fields: FlattenedField[],
  data: unknown,
  options: ShapeOptions,
): { errors: ShapeError[]; references: Reference[] } {
  const checker = new ShapeChecker(options)
  if (!isPlainObject(data)) {
    const message = options.message ?? adminText('en')
    const got = describe(data, message)
    return { errors: [{ path: '', message: message('validation.shape.object', { got }) }], references: [] }
  }
  checker.object(fields, data, '', options.isAuth ? new Set([...SYSTEM_KEYS, ...AUTH_KEYS]) : SYSTEM_KEYS)
  return { errors: checker.errors, references: checker.references }
}
