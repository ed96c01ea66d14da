/**
 * Generated invalid payloads: a valid document per collection, and mutations each of which must make
 * it invalid. Deterministic (no randomness), so a failure names the exact case.
 */
export type Doc = Record<string, unknown>

export interface BadCase {
  name: string
  data: Doc
  /** Invalid in the document's original language only: emptying a translation's title is allowed (it shows the original). */
  onlyInOriginalLanguage?: boolean
}

const HUGE = 'x'.repeat(200_000)

/** Values no field of the given kind accepts. */
export const wrongValues = {
  text: [42, true, { $ne: null }, ['a', 'b'], HUGE],
  requiredText: [null, '', 42, { $gt: '' }, HUGE],
  date: ['not a date', '2019-13-45T99:99:00Z', 1e20, { $gt: 0 }, '0000-00-00', true],
  select: ['<script>alert(1)</script>', 'unknown-value', 42, { $ne: 'x' }, ['a']],
  relationship: [999_999_999, '../../etc/passwd', { id: 'x' }, -1, 'not-an-id'],
  slug: ['../../etc/passwd', '..%2F..%2Fetc', 'UPPER', 'with space', '<script>', 'a'.repeat(500), '/absolute', 'x--y'],
  email: ['not-an-email', 'a@b', '<script>@x.org', 42, 'x'.repeat(300) + '@example.org'],
  url: ['javascript:alert(1)', 'ftp://example.org', 'not a url', 'data:text/html,<script>', 42],
  number: ['ninety', { $gt: 0 }, [1, 2], true],
  checkbox: ['yes', 42, { a: 1 }],
  array: ['not an array', 42, { 0: 'a' }],
} as const

/** `originalText`: a localized text required in the document's original language only. */
export type FieldKind = keyof typeof wrongValues | 'originalText'

/** Applies one bad value at a (possibly nested, dot-separated) path of a copy of `base`. */
function withValue(base: Doc, path: string, value: unknown): Doc {
  const copy = structuredClone(base)
  const keys = path.split('.')
  let target: Doc = copy
  for (const key of keys.slice(0, -1)) {
    target[key] = { ...((target[key] as Doc | undefined) ?? {}) }
    target = target[key] as Doc
  }
  target[keys[keys.length - 1]] = value
  return copy
}

/** Keys that are no field of any collection, some of them aimed at query or prototype injection. */
export const unknownKeys = [
  'nonexistent',
  '__proto__',
  'constructor',
  '$where',
  'hash',
  'salt',
  'lockUntil ',
  '../title',
]

export function badCases(base: Doc, fields: Record<string, FieldKind>): BadCase[] {
  const cases: BadCase[] = unknownKeys.map((key) => ({
    name: `unknown field ${JSON.stringify(key)}`,
    data: JSON.parse(JSON.stringify({ ...base }).replace(/^\{/, `{${JSON.stringify(key)}:"x",`)) as Doc,
  }))
  for (const [path, kind] of Object.entries(fields)) {
    const values = kind === 'originalText' ? wrongValues.requiredText : wrongValues[kind]
    values.forEach((value, i) => {
      const empty = value === null || value === ''
      cases.push({
        name: `${path} ← ${kind}[${i}] ${JSON.stringify(value).slice(0, 40)}`,
        data: withValue(base, path, value),
        ...(kind === 'originalText' && empty ? { onlyInOriginalLanguage: true } : {}),
      })
    })
  }
  return cases
}
