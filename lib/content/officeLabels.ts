/**
 * The offices visitors may see, each named in the visitor's language or, untranslated, in its own
 * (the fallback rule of localized.ts), for the news list's office menu.
 *
 * SQLite: one statement over the offices and their names. Through Payload (a find of 500 offices
 * sorted by their name in the visitor's language, then a second find per source language for the
 * untranslated ones), the menu took 256–388 ms at N = 100,000 (5,010 offices), paid by the first
 * visitor of the news list after any office's edit; and it sorted by the visitor's language's name
 * before the fallback, so the untranslated offices came first whatever their name.
 */
import type { Payload } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import { isSqlite, sqlRunner, type SqlArg } from '../search/sqlite/connection'

export interface OfficeLabel {
  id: number
  label: string
  /** ISO 3166-1 code, in capitals. */
  country: string
}

/** Which offices: those of one country, or one office; every office when neither is given. */
export interface OfficeScope {
  country?: string
  id?: number
}

/**
 * The offices in `scope` but drafts (officeAccess for visitors), named; undefined when the database
 * is not SQLite. Each scope is read through its index (the offices' country, their id).
 */
export async function officeLabelsOnSqlite(
  payload: Payload,
  locale: LocaleCode,
  scope: OfficeScope = {},
): Promise<OfficeLabel[] | undefined> {
  if (!isSqlite(payload)) return undefined
  const conditions = ["(o._status IS NULL OR o._status <> 'draft')"]
  const args: SqlArg[] = [locale]
  if (scope.country !== undefined) {
    conditions.push('o.country = ?')
    args.push(scope.country)
  }
  if (scope.id !== undefined) {
    conditions.push('o.id = ?')
    args.push(scope.id)
  }
  const rows = await (
    await sqlRunner(payload)
  ).all<{ id: number; label: string | null; country: string | null }>(
    `SELECT o.id AS id, o.country AS country,
            CASE WHEN trim(coalesce(asked.name, '')) <> '' THEN asked.name ELSE own.name END AS label
     FROM offices o
     LEFT JOIN offices_locales asked ON asked._parent_id = o.id AND asked._locale = ?
     LEFT JOIN offices_locales own ON own._parent_id = o.id AND own._locale = o.source_locale
     WHERE ${conditions.join(' AND ')}`,
    args,
  )
  return rows.map((row) => ({ id: Number(row.id), label: row.label ?? '', country: row.country ?? '' }))
}

/** By label as the visitor's language sorts them (accents, case), the first `limit`. */
export function sortedByLabel<T extends { label: string }>(
  items: readonly T[],
  locale: LocaleCode,
  limit: number,
): T[] {
  const collator = new Intl.Collator(locale)
  return [...items].sort((a, b) => collator.compare(a.label, b.label)).slice(0, limit)
}
