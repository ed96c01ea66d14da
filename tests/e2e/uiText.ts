import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { LocaleCode } from '@/lib/i18n/locales'

const cache = new Map<LocaleCode, Record<string, string>>()

/**
 * An interface string as the site shows it (no interpolation), read from locales/<code>/common.json
 * (the file, not lib/i18n: jest's ESM mode warns on JSON imports without an import attribute).
 */
export function uiText(locale: LocaleCode, key: string): string {
  let strings = cache.get(locale)
  if (!strings) {
    strings = JSON.parse(readFileSync(path.join(process.cwd(), 'locales', locale, 'common.json'), 'utf8')) as Record<
      string,
      string
    >
    cache.set(locale, strings)
  }
  const text = strings[key]
  if (text === undefined) throw new Error(`no "${key}" in locales/${locale}/common.json`)
  return text
}
