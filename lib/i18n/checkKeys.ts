/**
 * The check behind `npm run i18n:check`: which interface strings are missing in a locale, and which
 * are defined but used by no code. Keys are `namespace:path` (`common:latestNews`); a key is used
 * when code calls `t('key')` (namespace `common` by default) or names it in `i18nKey="…"`. The admin's
 * keys (`admin.json`, read through lib/i18n/admin.ts) are typed, so code names them as plain string
 * literals — `label('fields.title')`, `text('screens.scheduled.title')`, or a table of keys — and an
 * admin key is used when some code has it as a literal.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface KeyReport {
  /** Keys that a locale lacks (or has empty), by locale; the reference is every key defined or used anywhere. */
  missing: Record<string, string[]>
  /** Keys defined in some locale that no code uses. */
  unused: string[]
}

const DEFAULT_NAMESPACE = 'common'
const ADMIN_NAMESPACE = 'admin'

type Json = { [key: string]: Json } | string | number | boolean | null | Json[]

function flatten(value: Json, prefix: string, into: Map<string, string>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into)
  } else into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value))
}

/** Every key of one locale folder (`locales/es/*.json`) with its text. */
export function localeKeys(folder: string): Map<string, string> {
  const keys = new Map<string, string>()
  let files: string[] = []
  try {
    files = readdirSync(folder).filter((f) => f.endsWith('.json'))
  } catch {
    return keys
  }
  for (const file of files) {
    const namespace = file.replace(/\.json$/, '')
    const flat = new Map<string, string>()
    flatten(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Json, '', flat)
    for (const [key, text] of flat) keys.set(`${namespace}:${key}`, text)
  }
  return keys
}

// `req.t('authentication:passed')` is Payload's own translator, naming Payload's keys: not ours.
const USE_PATTERNS = [/(?<![.\w])t\(\s*(['"`])([^'"`$]+?)\1/g, /\bi18nKey=\s*(['"])([^'"]+?)\1/g]

const qualified = (key: string): string => (key.includes(':') ? key : `${DEFAULT_NAMESPACE}:${key}`)

/** Comments explain keys (`t('key')`) without using them. */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

/** Keys named in source text. */
export function keysUsedIn(source: string): string[] {
  const code = withoutComments(source)
  return USE_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => qualified(m[2] as string)))
}

/** Dotted string literals (`'fields.title'`): the candidates for admin keys. */
const DOTTED_LITERAL = /(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g

/** Admin keys (`admin:fields.title`) named in source text, among those `defined`. */
export function adminKeysUsedIn(source: string, defined: ReadonlySet<string>): string[] {
  return [...withoutComments(source).matchAll(DOTTED_LITERAL)]
    .map((m) => `${ADMIN_NAMESPACE}:${m[2] as string}`)
    .filter((key) => defined.has(key))
}

const SKIP = new Set(['node_modules', '.next', 'tests', 'locales', 'data', 'media', '.git'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (SKIP.has(name)) return []
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(tsx?|mjs)$/.test(name) ? [full] : []
  })
}

/** i18next plural forms: `news.count_one`, `news.count_other`… are forms of `news.count`. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** The plural forms a language needs (CLDR, through Intl): English one/other, Arabic all six. */
function pluralForms(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories
}

export function checkKeys(root: string, locales: readonly string[]): KeyReport {
  const defined = new Map(locales.map((code) => [code, localeKeys(path.join(root, 'locales', code))]))
  const definedKeys = [...defined.values()].flatMap((keys) => [...keys.keys()])
  const adminKeys = new Set(definedKeys.filter((key) => key.startsWith(`${ADMIN_NAMESPACE}:`)))
  const used = new Set(
    sourceFiles(root).flatMap((file) => {
      const source = readFileSync(file, 'utf8')
      return [...keysUsedIn(source), ...adminKeysUsedIn(source, adminKeys)]
    }),
  )
  const plurals = new Set(
    definedKeys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')),
  )
  const all = new Set([...used, ...definedKeys.map((key) => key.replace(PLURAL_SUFFIX, ''))])
  const missing: Record<string, string[]> = {}
  for (const [code, keys] of defined) {
    const required = [...all].flatMap((key) =>
      plurals.has(key) ? pluralForms(code).map((form) => `${key}_${form}`) : [key],
    )
    const lacking = required.filter((key) => !(keys.get(key) ?? '').trim()).sort()
    if (lacking.length > 0) missing[code] = lacking
  }
  const unused = [...all].filter((key) => !used.has(key)).sort()
  return { missing, unused }
}

/** The report as people read it. */
export function formatKeyReport(report: KeyReport): string {
  const lines: string[] = []
  for (const [code, keys] of Object.entries(report.missing))
    lines.push(`Missing in ${code} (${keys.length}):`, ...keys.map((k) => `  ${k}`))
  if (report.unused.length > 0)
    lines.push(`Unused (${report.unused.length}), defined but used by no code:`, ...report.unused.map((k) => `  ${k}`))
  if (lines.length === 0) lines.push('Every key is translated in every locale, and every key is used.')
  return lines.join('\n')
}
