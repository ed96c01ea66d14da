/**
 * The shape check every write goes through before Payload's own validation: each value has the JS
 * type its field stores, select values are among the options, and no unknown field is sent. Payload
 * otherwise coerces (42 → "42"), drops unknown keys silently, or passes objects such as {"$ne": …}
 * down to the database, which answers with a server error.
 */
import type { FlattenedField } from 'payload'

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

export interface ShapeOptions {
  idType: 'number' | 'text'
  isAuth?: boolean
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

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value

class ShapeChecker {
  readonly errors: ShapeError[] = []
  readonly references: Reference[] = []

  constructor(private readonly options: ShapeOptions) {}

  private fail(path: string, message: string): void {
    this.errors.push({ path, message })
  }

  object(fields: FlattenedField[], data: Data, prefix: string, allowed: Set<string>): void {
    const byName = new Map(fields.map((f) => [f.name, f]))
    for (const [key, value] of Object.entries(data)) {
      const field = byName.get(key)
      const path = `${prefix}${key}`
      if (!field) {
        if (!allowed.has(key)) this.fail(path, `Unknown field “${key}”: nothing of that name can be saved here.`)
        continue
      }
      if ('hidden' in field && field.hidden === true) {
        this.fail(path, `“${key}” is managed by the system and cannot be written.`)
        continue
      }
      if (value === null || value === undefined) continue
      this.value(field, value, path)
    }
  }

  private many(value: unknown, path: string, check: (item: unknown, itemPath: string) => void): void {
    if (!Array.isArray(value)) return this.fail(path, `Expected a list, got ${describe(value)}.`)
    value.forEach((item, i) => check(item, `${path}.${i}`))
  }

  private value(field: FlattenedField, value: unknown, path: string): void {
    const hasMany = 'hasMany' in field && field.hasMany === true
    switch (field.type) {
      case 'email':
        if (typeof value === 'string' && value.length > 254)
          return this.fail(path, 'An email address has at most 254 characters.')
        if (typeof value !== 'string') return this.fail(path, `Expected text, got ${describe(value)}.`)
        return
      case 'text':
      case 'textarea':
      case 'code': {
        const check = (v: unknown, p: string) =>
          typeof v !== 'string' && this.fail(p, `Expected text, got ${describe(v)}.`)
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'number': {
        const check = (v: unknown, p: string) =>
          (typeof v !== 'number' || !Number.isFinite(v)) && this.fail(p, `Expected a number, got ${describe(v)}.`)
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'checkbox':
        if (typeof value !== 'boolean') this.fail(path, `Expected true or false, got ${describe(value)}.`)
        return
      case 'date': {
        const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
        if (typeof value !== 'string' || Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(value))
          this.fail(
            path,
            `Expected a date such as 2026-05-04 or 2026-05-04T09:00:00Z, got ${typeof value === 'string' ? `“${value.slice(0, 40)}”` : describe(value)}.`,
          )
        return
      }
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        const check = (v: unknown, p: string) => {
          if (typeof v !== 'string') this.fail(p, `Expected one of the listed values, got ${describe(v)}.`)
          else if (!allowed.has(v)) this.fail(p, `“${v.slice(0, 60)}” is not one of the values of this field.`)
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
              return this.fail(p, 'Expected { relationTo, value } naming an allowed collection and a document id.')
            return this.references.push({ path: p, collection: v.relationTo, id: v.value })
          }
          const id = isPlainObject(v) ? v.id : v
          if (!validId(id, this.options.idType))
            return this.fail(
              p,
              `Expected the id of a document, got ${typeof v === 'string' ? `“${v.slice(0, 40)}”` : describe(v)}.`,
            )
          this.references.push({ path: p, collection: relationTo, id })
        }
        return hasMany ? this.many(value, path, check) : void check(value, path)
      }
      case 'group':
      case 'tab':
        if (!isPlainObject(value)) return this.fail(path, `Expected a group of fields, got ${describe(value)}.`)
        return this.object(field.flattenedFields, value, `${path}.`, new Set())
      case 'array':
        // The admin form sends 0 for a list without rows.
        if (value === 0) return
        return this.many(value, path, (row, p) =>
          isPlainObject(row)
            ? this.object(field.flattenedFields, row, `${p}.`, ROW_KEYS)
            : this.fail(p, `Expected a row of fields, got ${describe(row)}.`),
        )
      case 'blocks':
        if (value === 0) return
        return this.many(value, path, (row, p) => {
          const block = isPlainObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
          if (!isPlainObject(row) || !block) return this.fail(p, 'Expected a block with a known blockType.')
          this.object(block.flattenedFields, row, `${p}.`, ROW_KEYS)
        })
      case 'richText':
        if (!isPlainObject(value) || !isPlainObject(value.root))
          this.fail(path, 'Expected rich text (an editor document with a root).')
        return
      case 'point':
        if (
          !Array.isArray(value) ||
          value.length !== 2 ||
          !value.every((n) => typeof n === 'number' && Number.isFinite(n))
        )
          this.fail(path, 'Expected [longitude, latitude].')
        return
      case 'join':
        return this.fail(path, 'This list is computed from other documents and cannot be written.')
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
  if (!isPlainObject(data))
    return { errors: [{ path: '', message: `Expected an object of fields, got ${describe(data)}.` }], references: [] }
  checker.object(fields, data, '', options.isAuth ? new Set([...SYSTEM_KEYS, ...AUTH_KEYS]) : SYSTEM_KEYS)
  return { errors: checker.errors, references: checker.references }
}
