/**
 * Every read, count, bulk update and bulk delete, from any API, is refused with a 400 and a message
 * when its query cannot mean anything: an id of the wrong kind, a page or limit that is no whole
 * number, a `where` with an operator the field does not have or a value of the wrong type. Payload
 * passes those to the database, which answered with a server error (issue 15, finding 11).
 */
import { type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type Where } from 'payload'

import { defaultLocale } from '../i18n/locales'
import { publicError } from './publicErrors'

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const MAX_PAGE = 1_000_000
const MAX_WHERE_DEPTH = 8

function refuse(message: string): never {
  throw publicError(message, 400)
}

/** An object of keys as a query string or JSON makes it (not a Date or a database id, which are values). */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v))

type IdType = 'number' | 'text'

function isId(value: unknown, idType: IdType): boolean {
  if (idType === 'number') {
    const n =
      typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN
    return Number.isSafeInteger(n) && n > 0
  }
  // MongoDB: the text of an ObjectId, or the ObjectId itself (Payload's own queries pass those).
  return (typeof value === 'string' || typeof value === 'object') && /^[a-f0-9]{24}$/i.test(String(value))
}

/** The field a `where` path names (dots through groups, arrays and tabs), or undefined. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === name)
  if (!field || rest.length === 0) return field
  if ('flattenedFields' in field) return fieldAt(field.flattenedFields, rest.join('.'))
  return undefined
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/** Why `value` cannot be compared with `operator` on `field`, or undefined when it can. */
function valueProblem(
  field: FlattenedField | 'id',
  operator: string,
  value: unknown,
  idType: IdType,
  sql: boolean,
): string | undefined {
  if (operator === 'exists')
    return ['true', 'false', true, false].includes(value as string) ? undefined : 'expects true or false'
  const type = field === 'id' ? 'id' : field.type
  // A polymorphic relationship compares { relationTo, value } pairs: Payload checks those itself.
  if (field !== 'id' && 'relationTo' in field && Array.isArray(field.relationTo)) return undefined
  if (GEO_OPERATORS.has(operator)) return type === 'point' ? undefined : 'applies to map points only'
  const hasMany = field !== 'id' && 'hasMany' in field && field.hasMany === true
  if (operator === 'all' && !hasMany) return 'applies to fields holding several values only'
  // Payload's SQL adapters have no `all` (drizzle's operator map leaves it out): it failed as a 500.
  if (operator === 'all' && sql) return 'is not available on this database; use "in"'
  if (!LIST_OPERATORS.has(operator) && (isRecord(value) || Array.isArray(value)))
    return 'expects one value, not a list or an object'
  const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
  if (values.some((v) => isRecord(v) || Array.isArray(v))) return 'expects plain values'
  for (const v of values) {
    if (v === null || v === '' || v === 'null') continue
    // SQLite's driver fails on a NUL inside a text parameter.
    if (typeof v === 'string' && v.includes('\u0000')) return 'expects text without NUL characters'
    if (type === 'date' && !(v instanceof Date) && Number.isNaN(Date.parse(String(v))))
      return `expects dates, got "${String(v).slice(0, 40)}"`
    if (type === 'number' && !Number.isFinite(Number(v))) return `expects numbers, got "${String(v).slice(0, 40)}"`
    if (type === 'id' && !isId(v, idType)) return `expects document ids, got "${String(v).slice(0, 40)}"`
    if (
      (type === 'relationship' || type === 'upload') &&
      !operator.includes('like') &&
      operator !== 'contains' &&
      !isId(v, idType)
    )
      return `expects document ids, got "${String(v).slice(0, 40)}"`
  }
  return undefined
}

interface QueryContext {
  fields: FlattenedField[]
  idType: IdType
  sql: boolean
}

function checkWhere(where: unknown, context: QueryContext, depth = 0): void {
  if (!isRecord(where)) refuse('A "where" query must be an object of fields and operators.')
  if (depth > MAX_WHERE_DEPTH) refuse(`A "where" query may nest "and" / "or" ${MAX_WHERE_DEPTH} levels at most.`)
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      if (!Array.isArray(condition)) refuse(`"${path}" in a "where" query takes a list of conditions.`)
      for (const inner of condition) checkWhere(inner, context, depth + 1)
      continue
    }
    if (!isRecord(condition))
      refuse(`"${path.slice(0, 60)}" in a "where" query needs an operator, e.g. where[${path.slice(0, 60)}][equals]=….`)
    const field = path === 'id' ? 'id' : fieldAt(context.fields, path)
    for (const [operator, value] of Object.entries(condition)) {
      if (!OPERATORS.has(operator))
        refuse(`"${operator.slice(0, 40)}" is not a query operator; use one of ${[...OPERATORS].join(', ')}.`)
      // Paths through relationships into other collections are checked by Payload itself.
      if (!field) continue
      const problem = valueProblem(field, operator, value, context.idType, context.sql)
      if (problem) refuse(`where[${path.slice(0, 60)}][${operator}] ${problem}.`)
    }
  }
}

function checkWholeNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
    refuse(`"${name}" must be one whole number between ${min} and ${max}.`)
}

/** Queries that name no locale read the default one (Payload leaves it unset, and sorting on a localized field failed). */
function withDefaultLocale(req: PayloadRequest): void {
  if (!req.locale) req.locale = defaultLocale
}

export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!['read', 'count', 'update', 'delete'].includes(operation)) return args
  const idType: IdType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const query = args as { id?: unknown; where?: Where; limit?: unknown; page?: unknown; depth?: unknown }
  if (operation === 'read') withDefaultLocale(req)
  if (query.id !== undefined && !isId(query.id, idType))
    refuse(`"${String(query.id).slice(0, 40)}" is not a document id.`)
  if (query.where !== undefined)
    checkWhere(query.where, { fields: collection.flattenedFields, idType, sql: req.payload.db.name !== 'mongoose' })
  checkWholeNumber('limit', query.limit, 0, 10_000)
  checkWholeNumber('page', query.page, 1, MAX_PAGE)
  checkWholeNumber('depth', query.depth, 0, 10)
  return args
}
